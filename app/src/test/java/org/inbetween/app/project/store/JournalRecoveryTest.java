package org.inbetween.app.project.store;

import static org.inbetween.app.project.store.TestProjects.rect;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import org.inbetween.app.project.Decision;
import org.inbetween.app.project.FrameState;
import org.inbetween.app.project.MachineLayer;
import org.inbetween.app.project.ProjectFormatException;
import org.inbetween.models.image.LabelMask;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Journal replay, torn lines, compaction and the backup of project.json. */
class JournalRecoveryTest {
  @TempDir Path tmp;

  /** Edits on a store that is never closed or checkpointed: only the journal holds them. */
  private Path crashedProject(int masks) throws IOException {
    Path dir = tmp.resolve("live");
    ProjectStore store = TestProjects.createDemo(dir);
    store.addObject("a");
    for (int f = 0; f < masks; f++) {
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
  void editsOnlyInTheJournalAreReplayedOnOpen() throws IOException {
    Path dir = crashedProject(4);
    assertFalse(Files.exists(dir.resolve("masks/human/00000.png")), "no checkpoint was written");
    try (ProjectStore store = TestProjects.reopen(dir)) {
      for (int f = 0; f < 4; f++) {
        assertEquals(rect(f, 1, f, 0, 3, 3), store.humanMask(f).orElseThrow());
      }
      assertEquals(FrameState.ACCEPTED, store.project().frame(30).state());
      assertEquals(rect(30, 1, 5, 5, 5, 5), store.humanMask(30).orElseThrow());
    }
    assertTrue(Files.exists(dir.resolve("masks/human/00003.png")), "close checkpoints");
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 9, 20, 200})
  void aTornLastLineIsDroppedAndTheRestKept(int keptBytes) throws IOException {
    Path dir = crashedProject(3);
    Path journal = dir.resolve("journal.log");
    List<String> lines = Files.readAllLines(journal);
    String torn =
        "deadbeef {\"seq\":99,\"type\":\"humanMask\",\"frame\":7,\"author\":\"x\"".repeat(5);
    Files.writeString(
        journal, torn.substring(0, Math.min(keptBytes, torn.length())), StandardOpenOption.APPEND);
    try (ProjectStore store = TestProjects.reopen(dir)) {
      assertEquals(rect(2, 1, 2, 0, 3, 3), store.humanMask(2).orElseThrow());
      assertTrue(store.humanMask(7).isEmpty());
      store.putHumanMask(rect(8, 1, 0, 0, 2, 2), "ana");
    }
    try (ProjectStore store = TestProjects.reopen(dir)) {
      assertEquals(rect(8, 1, 0, 0, 2, 2), store.humanMask(8).orElseThrow());
    }
    assertFalse(lines.isEmpty());
  }

  @Test
  void damageBeforeIntactLinesIsReportedNotSkipped() throws IOException {
    Path dir = crashedProject(3);
    Path journal = dir.resolve("journal.log");
    List<String> lines = Files.readAllLines(journal);
    lines.set(1, lines.get(1).replace("\"ana\"", "\"anX\""));
    Files.write(journal, lines);
    byte[] before = Files.readAllBytes(journal);
    ProjectFormatException e =
        assertThrows(ProjectFormatException.class, () -> TestProjects.reopen(dir));
    assertTrue(
        e.getMessage().contains("journal.log") && e.getMessage().contains("line 2"),
        e.getMessage());
    assertTrue(
        java.util.Arrays.equals(before, Files.readAllBytes(journal)), "journal left as it was");
  }

  @Test
  void aWellFormedLineNamingAFrameTheProjectLacksIsReportedNotApplied() throws IOException {
    Path dir = crashedProject(3);
    Path journal = dir.resolve("journal.log");
    List<String> lines = Files.readAllLines(journal, StandardCharsets.UTF_8);
    int last = lines.size() - 1;
    String json = lines.get(last).substring(9).replace("\"frame\":30", "\"frame\":9999");
    lines.set(last, new String(JournalLine.frame(json), StandardCharsets.UTF_8).strip());
    Files.write(journal, lines, StandardCharsets.UTF_8);
    byte[] before = Files.readAllBytes(journal);
    ProjectFormatException e =
        assertThrows(ProjectFormatException.class, () -> TestProjects.reopen(dir));
    assertTrue(
        e.getMessage().contains("journal.log") && e.getMessage().contains("frame 9999"),
        e.getMessage());
    assertTrue(
        java.util.Arrays.equals(before, Files.readAllBytes(journal)), "journal left as it was");
  }

  @Test
  void compactionKeepsTheEditsSinceTheBackupSnapshot() throws IOException {
    Path dir = tmp.resolve("p");
    try (ProjectStore store = TestProjects.createDemo(dir)) {
      store.addObject("a");
      store.addObject("b");
      store.checkpoint();
      assertEquals(
          List.of(1L, 2L), store.journalSequences(), "backup is the empty snapshot (seq 0)");
      store.addObject("c");
      store.checkpoint();
      assertEquals(List.of(3L), store.journalSequences());
      store.checkpoint();
      assertEquals(List.of(3L), store.journalSequences(), "nothing new: no checkpoint");
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "{\"formatVersion\":1,", "not json at all", "{\"formatVersion\":1}"})
  void aDamagedProjectJsonFallsBackToTheBackupAndLosesNothing(String damage) throws IOException {
    Path dir = tmp.resolve("p");
    LabelMask first = rect(1, 1, 0, 0, 4, 4);
    LabelMask second = rect(2, 2, 3, 3, 4, 4);
    try (ProjectStore store = TestProjects.createDemo(dir)) {
      store.addObject("a");
      store.putHumanMask(first, "ana");
      store.checkpoint();
      store.addObject("b");
      store.putHumanMask(second, "ana");
      store.markAbsent(3, 1, "ana");
    }
    Files.writeString(dir.resolve("project.json"), damage, StandardCharsets.UTF_8);
    try (ProjectStore store = TestProjects.reopen(dir)) {
      assertTrue(store.recoveredFromBackup());
      assertEquals(2, store.project().objects().size());
      assertEquals(first, store.humanMask(1).orElseThrow());
      assertEquals(second, store.humanMask(2).orElseThrow());
      assertTrue(store.project().frame(3).isAbsent(1));
    }
    assertEquals(damage, Files.readString(dir.resolve("project.json.corrupt")));
    try (ProjectStore store = TestProjects.reopen(dir)) {
      assertFalse(store.recoveredFromBackup(), "the first open repaired project.json");
      assertEquals(second, store.humanMask(2).orElseThrow());
    }
  }

  @Test
  void withoutAnyReadableSnapshotOpenFailsNamingTheFile() throws IOException {
    Path dir = tmp.resolve("p");
    TestProjects.createDemo(dir).close();
    Files.writeString(dir.resolve("project.json"), "{");
    Files.deleteIfExists(dir.resolve("project.json.bak"));
    ProjectFormatException e =
        assertThrows(ProjectFormatException.class, () -> TestProjects.reopen(dir));
    assertTrue(e.getMessage().contains("project.json"), e.getMessage());
    ProjectFormatException none =
        assertThrows(
            ProjectFormatException.class,
            () -> TestProjects.reopen(Files.createDirectories(tmp.resolve("empty"))));
    assertTrue(none.getMessage().contains("not an Inbetween project"), none.getMessage());
  }

  @Test
  void autosaveCheckpointsInTheBackgroundAndCloseFlushes() throws Exception {
    Path dir = tmp.resolve("p");
    StoreOptions fast =
        StoreOptions.defaults()
            .withDelays(java.time.Duration.ofMillis(10), java.time.Duration.ofMillis(50));
    try (ProjectStore store = ProjectStore.create(dir, TestProjects.demoSpec(), fast)) {
      store.addObject("a");
      store.putHumanMask(rect(0, 1, 0, 0, 4, 4), "ana");
      long deadline = System.nanoTime() + 10_000_000_000L;
      while (!Files.exists(dir.resolve("masks/human/00000.png")) && System.nanoTime() < deadline) {
        Thread.sleep(10);
      }
      assertTrue(Files.exists(dir.resolve("masks/human/00000.png")), "autosave wrote the PNG");
      store.putHumanMask(rect(1, 1, 0, 0, 4, 4), "ana");
    }
    assertTrue(Files.exists(dir.resolve("masks/human/00001.png")));
  }
}
