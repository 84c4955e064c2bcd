package org.inbetween.app.project.store;

import static org.inbetween.app.project.store.TestProjects.rect;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.inbetween.app.project.Decision;
import org.inbetween.app.project.FrameState;
import org.inbetween.app.project.MachineLayer;
import org.inbetween.app.project.Project;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Clearing a drawn human mask (undo of a frame's first edit): the state the frame returns to, the
 * PNG that goes at the next checkpoint, replay from the journal, and the refusals.
 */
class ProjectStoreClearHumanMaskTest {
  private static final String PNG = "masks/human/00003.png";

  @TempDir Path tmp;
  private Path dir;
  private ProjectStore store;

  @BeforeEach
  void create() throws IOException {
    dir = tmp.resolve("p");
    store = TestProjects.createDemo(dir);
    store.addObject("a");
  }

  @org.junit.jupiter.api.AfterEach
  void close() throws IOException {
    store.close();
  }

  /** What frame 3 held before a person painted it, and the state clearing must return it to. */
  enum Before {
    NOTHING(FrameState.UNLABELLED),
    PSEUDO_LABEL(FrameState.PSEUDO_LABELLED),
    REJECTED_PSEUDO_LABEL(FrameState.REJECTED),
    ABSENT_MARK(FrameState.KEYFRAME),
    ABSENT_MARK_ON_PSEUDO_LABEL(FrameState.CORRECTED);

    final FrameState afterClear;

    Before(FrameState afterClear) {
      this.afterClear = afterClear;
    }

    void prepare(ProjectStore store) throws IOException {
      if (this != NOTHING && this != ABSENT_MARK) {
        store.putMachineMask(
            MachineLayer.pseudo(), rect(3, 1, 0, 0, 6, 6), TestProjects.provenance("fgplg"));
      }
      if (this == REJECTED_PSEUDO_LABEL) {
        store.review(3, Decision.reject("leaks"), "rev");
      }
      if (this == ABSENT_MARK || this == ABSENT_MARK_ON_PSEUDO_LABEL) {
        int other = store.addObject("b").id();
        store.markAbsent(3, other, "ana");
      }
    }
  }

  @ParameterizedTest
  @EnumSource(Before.class)
  void clearingReturnsTheFrameToWhatItWasBeforeAPersonPaintedIt(Before before) throws IOException {
    before.prepare(store);
    store.putHumanMask(rect(3, 1, 2, 2, 5, 5), "ana");
    store.checkpoint();
    Path crashed = TestProjects.crashCopy(dir, tmp.resolve("before-clear"));

    store.clearHumanMask(3, "ana");

    assertEquals(before.afterClear, store.project().frame(3).state());
    assertTrue(store.humanMask(3).isEmpty());
    assertEquals(before == Before.NOTHING, !store.project().frames().containsKey(3));
    Path replayed = TestProjects.crashCopy(dir, tmp.resolve("journal-only"));
    store.close();
    for (Path folder : List.of(dir, replayed)) {
      try (ProjectStore reopened = TestProjects.reopen(folder)) {
        assertEquals(before.afterClear, reopened.project().frame(3).state(), folder.toString());
        assertTrue(reopened.humanMask(3).isEmpty(), folder.toString());
        assertEquals(before == Before.NOTHING, !reopened.project().frames().containsKey(3));
      }
      assertFalse(Files.exists(folder.resolve(PNG)), "the checkpoint deleted the PNG");
    }
    assertTrue(Files.exists(crashed.resolve(PNG)), "the checkpoint before had written it");
    store = TestProjects.reopen(dir);
  }

  @Test
  void thePngStaysUntilTheNextCheckpointAndTheJournalSaysWhy() throws IOException {
    store.putHumanMask(rect(3, 1, 2, 2, 5, 5), "ana");
    store.checkpoint();
    store.clearHumanMask(3, "bo");
    assertTrue(Files.exists(dir.resolve(PNG)), "files change only at checkpoints");

    List<String> lines = Files.readAllLines(dir.resolve("journal.log"));
    JsonNode line = Json.MAPPER.readTree(lines.get(lines.size() - 1).substring(9));
    assertEquals("clearHumanMask", line.get("type").asText());
    assertEquals(3, line.get("frame").asInt());
    assertEquals("bo", line.get("author").asText());
    assertEquals("UNLABELLED", line.get("state").asText());
    assertTrue(line.has("time"));

    store.checkpoint();
    assertFalse(Files.exists(dir.resolve(PNG)));
    JsonNode json = Json.MAPPER.readTree(dir.resolve("project.json").toFile());
    assertEquals(0, json.get("frames").size(), "nothing left on frame 3");
  }

  @Test
  void paintingAgainAfterAClearWritesTheNewMask() throws IOException {
    store.putHumanMask(rect(3, 1, 2, 2, 5, 5), "ana");
    store.checkpoint();
    store.clearHumanMask(3, "ana");
    store.putHumanMask(rect(3, 1, 10, 10, 4, 4), "ana");
    store.checkpoint();
    store.clearHumanMask(3, "ana");
    store.putHumanMask(rect(3, 1, 20, 1, 3, 3), "ana");
    store.close();
    store = TestProjects.reopen(dir);
    assertEquals(rect(3, 1, 20, 1, 3, 3), store.humanMask(3).orElseThrow());
    assertEquals(FrameState.KEYFRAME, store.project().frame(3).state());
  }

  @Test
  void theBackupAndTheJournalAgreeAfterThePngIsGone() throws IOException {
    store.putHumanMask(rect(3, 1, 2, 2, 5, 5), "ana");
    store.checkpoint();
    store.clearHumanMask(3, "ana");
    store.checkpoint(); // the backup still names the deleted PNG; the journal clears it
    store.close();
    Files.writeString(dir.resolve("project.json"), "{");

    store = TestProjects.reopen(dir);
    assertTrue(store.recoveredFromBackup());
    assertTrue(store.humanMask(3).isEmpty());
    assertEquals(FrameState.UNLABELLED, store.project().frame(3).state());
  }

  @Test
  void aReviewersMaskIsNeverClearedAndNothingChanges() throws IOException {
    for (int frame : new int[] {5, 6, 7}) {
      store.putMachineMask(
          MachineLayer.pseudo(), rect(frame, 1, 0, 0, 6, 6), TestProjects.provenance("fgplg"));
    }
    store.review(5, Decision.accept(), "rev");
    store.review(6, Decision.correct(rect(6, 1, 1, 1, 3, 3)), "rev");
    store.review(7, Decision.accept(), "rev");
    store.putHumanMask(rect(7, 1, 9, 9, 3, 3), "ana"); // drawn over an accepted mask
    store.putHumanMask(rect(8, 1, 9, 9, 3, 3), "ana");
    Project before = store.project();
    long journalBytes = Files.size(dir.resolve("journal.log"));

    for (int frame : new int[] {5, 6, 7}) {
      IllegalStateException e =
          assertThrows(IllegalStateException.class, () -> store.clearHumanMask(frame, "ana"));
      assertTrue(e.getMessage().contains("frame " + frame), e.getMessage());
      assertTrue(e.getMessage().contains("by rev"), e.getMessage());
    }
    IllegalStateException none =
        assertThrows(IllegalStateException.class, () -> store.clearHumanMask(9, "ana"));
    assertTrue(none.getMessage().contains("no human mask"), none.getMessage());
    assertThrows(IllegalArgumentException.class, () -> store.clearHumanMask(8, " "));
    assertThrows(IllegalArgumentException.class, () -> store.clearHumanMask(40, "ana"));

    assertEquals(before, store.project());
    assertEquals(journalBytes, Files.size(dir.resolve("journal.log")));
    assertTrue(store.humanMask(5).isPresent());
  }
}
