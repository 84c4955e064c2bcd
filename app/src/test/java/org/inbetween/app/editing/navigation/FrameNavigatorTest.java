package org.inbetween.app.editing.navigation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.OptionalInt;
import org.inbetween.app.project.FrameState;
import org.inbetween.app.project.Project;
import org.inbetween.app.project.store.ProjectStore;
import org.inbetween.app.project.store.StoreOptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Jumps on a real project in every state (see {@link ReviewedProject}). */
class FrameNavigatorTest {
  @TempDir static Path dir;
  private static Project project;

  @BeforeAll
  static void createProject() throws Exception {
    try (ProjectStore store = ReviewedProject.create(dir.resolve("p"))) {
      project = store.project();
    }
  }

  @Test
  void theFixtureHasTheStatesItClaims() {
    assertEquals(FrameState.ACCEPTED, project.frame(1).state());
    assertEquals(FrameState.REJECTED, project.frame(2).state());
    assertEquals(FrameState.CORRECTED, project.frame(3).state());
    assertEquals(FrameState.PSEUDO_LABELLED, project.frame(4).state());
    assertEquals(FrameState.KEYFRAME, project.frame(12).state());
    assertEquals(FrameState.PSEUDO_LABELLED, project.frame(20).state());
    assertEquals(FrameState.KEYFRAME, project.frame(30).state());
  }

  @ParameterizedTest(name = "{0} from {1} -> {2}")
  @CsvSource({
    "NEXT_KEYFRAME, 0, 5",
    "NEXT_KEYFRAME, 10, 12", // a person's keyframe off the grid counts
    "NEXT_KEYFRAME, 12, 15",
    "NEXT_KEYFRAME, 26, 30",
    "NEXT_KEYFRAME, 34, 35",
    "PREVIOUS_KEYFRAME, 15, 12",
    "PREVIOUS_KEYFRAME, 12, 10",
    "PREVIOUS_KEYFRAME, 4, 0",
    "NEXT_UNLABELLED_SLOT, 0, 15",
    "NEXT_UNLABELLED_SLOT, 15, 20", // pseudo-labelled, but no person labelled this slot
    "NEXT_UNLABELLED_SLOT, 20, 25",
    "NEXT_UNLABELLED_SLOT, 25, 35", // 30 has a person's absent mark: labelled
    "NEXT_UNREVIEWED, 0, 4",
    "NEXT_UNREVIEWED, 4, 6",
    "NEXT_UNREVIEWED, 13, 20",
    "NEXT_UNREVIEWED, 20, 27",
    "NEXT_REJECTED, 0, 2",
    "NEXT_REJECTED, 2, 7",
  })
  void jumpsLandOnTheNextFrameOfTheirKind(Jump jump, int from, int expected) {
    assertEquals(OptionalInt.of(expected), navigator().find(jump, from));
  }

  @ParameterizedTest(name = "{0} from {1} finds nothing")
  @CsvSource({
    "NEXT_KEYFRAME, 35",
    "NEXT_KEYFRAME, 39",
    "PREVIOUS_KEYFRAME, 0",
    "NEXT_UNLABELLED_SLOT, 35",
    "NEXT_UNREVIEWED, 27",
    "NEXT_REJECTED, 7",
  })
  void jumpsNeverWrapAround(Jump jump, int from) {
    assertEquals(OptionalInt.empty(), navigator().find(jump, from));
  }

  @Test
  void marksKeptByTheStoreAddAndRemoveKeyframesAfterReopening(@TempDir Path other)
      throws Exception {
    Path copy = other.resolve("p");
    try (ProjectStore store = ReviewedProject.create(copy)) {
      store.markKeyframeSlot(17, true, "ana");
      store.markKeyframeSlot(15, false, "ana");
    }
    try (ProjectStore store = ProjectStore.open(copy, StoreOptions.defaults().withoutAutosave())) {
      Project reopened = store.project();
      FrameNavigator marked = new FrameNavigator(reopened, KeyframeSlots.of(reopened));
      assertEquals(OptionalInt.of(17), marked.find(Jump.NEXT_KEYFRAME, 12));
      assertEquals(OptionalInt.of(17), marked.find(Jump.NEXT_UNLABELLED_SLOT, 12));
      assertEquals(OptionalInt.of(17), marked.find(Jump.PREVIOUS_KEYFRAME, 20));
    }
  }

  @Test
  void unlabelledSlotsAreSlotsWithoutHumanTruth() {
    FrameNavigator nav = navigator();
    assertFalse(nav.isUnlabelledSlot(0));
    assertTrue(nav.isUnlabelledSlot(20));
    assertFalse(nav.isUnlabelledSlot(21), "not a slot");
  }

  @Test
  void aFrameOutsideTheVideoIsRefused() {
    FrameNavigator nav = navigator();
    org.junit.jupiter.api.Assertions.assertThrows(
        IndexOutOfBoundsException.class, () -> nav.find(Jump.NEXT_KEYFRAME, 40));
  }

  private static FrameNavigator navigator() {
    return new FrameNavigator(project, KeyframeSlots.of(project));
  }
}
