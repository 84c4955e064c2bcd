package org.inbetween.app.editing.navigation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import org.inbetween.app.project.Project;
import org.inbetween.app.project.store.ProjectStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class KeyframeSlotsTest {
  private static final KeyframeSlots MARKED =
      new KeyframeSlots(5, new TreeSet<>(Set.of(7, 20)), new TreeSet<>(Set.of(10, 11)));

  @ParameterizedTest(name = "frame {0}: slot {1}")
  @CsvSource({
    "0, true",
    "15, true", // the grid
    "16, false",
    "7, true", // marked off the grid
    "20, true", // marked on the grid (after l changed): still a slot
    "10, false", // unmarked grid slot
    "11, false" // unmarked off the grid (after l changed): still not
  })
  void theGridWithTheMarks(int frame, boolean slot) {
    assertEquals(slot, MARKED.isSlot(frame));
  }

  @Test
  void theProjectsSlotsAreItsOwnMarksOnItsOwnGrid(@TempDir Path dir) throws Exception {
    try (ProjectStore store = ReviewedProject.create(dir.resolve("p"))) {
      store.markKeyframeSlot(17, true, "ana");
      store.markKeyframeSlot(15, false, "ana");
      Project project = store.project();
      KeyframeSlots slots = KeyframeSlots.of(project);
      assertEquals(
          new KeyframeSlots(5, new TreeSet<>(Set.of(17)), new TreeSet<>(Set.of(15))), slots);
      for (int f = 0; f < project.frameCount(); f++) {
        assertEquals(project.isKeyframeSlot(f), slots.isSlot(f), "frame " + f);
      }
    }
  }

  @Test
  void aZeroIntervalIsRefused() {
    assertThrows(
        IllegalArgumentException.class,
        () -> new KeyframeSlots(0, new TreeSet<>(), new TreeSet<>()));
  }
}
