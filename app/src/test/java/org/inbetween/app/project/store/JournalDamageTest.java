package org.inbetween.app.project.store;

import static org.inbetween.app.project.store.TestProjects.rect;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.inbetween.app.project.Decision;
import org.inbetween.app.project.FrameState;
import org.inbetween.app.project.MachineLayer;
import org.inbetween.app.project.ProjectFormatException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Acknowledged edits are never dropped without a person's say: a complete journal line that fails
 * its checksum, a deleted journal and a cut journal each refuse the open, and only {@link
 * ProjectStore#recover} goes on with what is left.
 */
class JournalDamageTest {
  @TempDir Path tmp;

  /** A project with 13 edits after its last save, as a crash (or a kill) leaves it. */
  private Path unsavedEdits() throws IOException {
    Path dir = tmp.resolve("live");
    ProjectStore store = TestProjects.createDemo(dir);
    store.addObject("a");
    store.putHumanMask(rect(0, 1, 0, 0, 3, 3), "ana");
    store.checkpoint();
    for (int f = 1; f <= 11; f++) {
      store.putHumanMask(rect(f, 1, f, 0, 3, 3), "ana");
    }
    store.putMachineMask(
        MachineLayer.pseudo(), rect(30, 1, 5, 5, 5, 5), TestProjects.provenance("fgplg"));
    store.review(30, Decision.accept(), "rev");
    Path copy = TestProjects.crashCopy(dir, tmp.resolve("crashed"));
    store.close();
    return copy;
  }

  @Test
  void aCompleteLastLineWithABadChecksumRefusesTheOpenAndKeepsTheFile() throws IOException {
    Path dir = unsavedEdits();
    Path journal = dir.resolve("journal.log");
    List<String> lines = Files.readAllLines(journal);
    int last = lines.size() - 1;
    lines.set(last, lines.get(last).replace("\"rev\"", "\"reX\""));
    Files.write(journal, lines);
    byte[] before = Files.readAllBytes(journal);
    ProjectFormatException e =
        assertThrows(ProjectFormatException.class, () -> TestProjects.reopen(dir));
    assertTrue(e.getMessage().contains("journal.log"), e.getMessage());
    assertTrue(e.getMessage().contains("line " + lines.size()), e.getMessage());
    assertTrue(e.getMessage().contains("--recover"), e.getMessage());
    assertArrayEquals(before, Files.readAllBytes(journal), "the journal is kept as it was");
  }

  @Test
  void recoverKeepsTheEditsUpToTheLastGoodLineAndSetsTheJournalAside() throws IOException {
    Path dir = unsavedEdits();
    Path journal = dir.resolve("journal.log");
    List<String> lines = Files.readAllLines(journal);
    int last = lines.size() - 1;
    lines.set(last, lines.get(last).replace("\"rev\"", "\"reX\""));
    Files.write(journal, lines);
    byte[] damaged = Files.readAllBytes(journal);

    ProjectStore.recover(dir);

    try (ProjectStore store = TestProjects.reopen(dir)) {
      assertEquals(rect(11, 1, 11, 0, 3, 3), store.humanMask(11).orElseThrow());
      assertEquals(FrameState.PSEUDO_LABELLED, store.project().frame(30).state());
    }
    try (Stream<Path> files = Files.list(dir)) {
      Path aside =
          files
              .filter(p -> p.getFileName().toString().startsWith("journal.log.damaged-"))
              .findFirst()
              .orElseThrow();
      assertArrayEquals(damaged, Files.readAllBytes(aside));
    }
  }

  @Test
  void aTornLastLineIsStillTolerated() throws IOException {
    Path dir = unsavedEdits();
    Path journal = dir.resolve("journal.log");
    byte[] bytes = Files.readAllBytes(journal);
    byte[] cut = java.util.Arrays.copyOf(bytes, bytes.length - 7);
    Files.write(journal, cut);
    try (ProjectStore store = TestProjects.reopen(dir)) {
      assertEquals(FrameState.PSEUDO_LABELLED, store.project().frame(30).state());
      assertEquals(rect(11, 1, 11, 0, 3, 3), store.humanMask(11).orElseThrow());
    }
  }

  @Test
  void aDeletedJournalRefusesTheOpen() throws IOException {
    Path dir = unsavedEdits();
    Files.delete(dir.resolve("journal.log"));
    ProjectFormatException e =
        assertThrows(ProjectFormatException.class, () -> TestProjects.reopen(dir));
    assertTrue(e.getMessage().contains("journal.log") && e.getMessage().contains("missing"));
    assertFalse(Files.exists(dir.resolve("journal.log")), "not recreated behind the user's back");
  }

  @Test
  void aJournalCutShorterThanTheSnapshotRefusesTheOpen() throws IOException {
    Path dir = tmp.resolve("p");
    try (ProjectStore store = TestProjects.createDemo(dir)) {
      store.addObject("a");
      store.putHumanMask(rect(0, 1, 0, 0, 3, 3), "ana");
      store.putHumanMask(rect(1, 1, 0, 0, 3, 3), "ana");
    }
    Path journal = dir.resolve("journal.log");
    List<String> lines = Files.readAllLines(journal);
    assertEquals(3, lines.size(), "the journal keeps the lines since the previous save");
    Files.write(journal, lines.subList(0, 1));
    ProjectFormatException e =
        assertThrows(ProjectFormatException.class, () -> TestProjects.reopen(dir));
    assertTrue(e.getMessage().contains("ends at edit 1"), e.getMessage());
    assertTrue(e.getMessage().contains("reached 3"), e.getMessage());
  }

  @Test
  void recoverOpensAProjectWhoseJournalWasDeletedWithWhatTheSnapshotHolds() throws IOException {
    Path dir = unsavedEdits();
    Files.delete(dir.resolve("journal.log"));
    ProjectStore.recover(dir);
    try (ProjectStore store = TestProjects.reopen(dir)) {
      assertEquals(rect(0, 1, 0, 0, 3, 3), store.humanMask(0).orElseThrow());
      assertTrue(store.humanMask(1).isEmpty(), "edits after the save went with the journal");
      store.putHumanMask(rect(2, 1, 0, 0, 3, 3), "ana");
    }
    try (ProjectStore store = TestProjects.reopen(dir)) {
      assertEquals(rect(2, 1, 0, 0, 3, 3), store.humanMask(2).orElseThrow());
    }
  }
}
