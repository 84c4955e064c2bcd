package org.inbetween.app.editing.navigation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;

class KeyframeSlotsTest {
  @Test
  void theGridHasEveryLthFrame() {
    KeyframeSlots slots = KeyframeSlots.grid(5);
    assertTrue(slots.isSlot(0));
    assertTrue(slots.isSlot(15));
    assertFalse(slots.isSlot(16));
  }

  @Test
  void markingAndUnmarkingOnAndOffTheGrid() {
    KeyframeSlots slots = KeyframeSlots.grid(5).marked(7).unmarked(10);
    assertTrue(slots.isSlot(7));
    assertFalse(slots.isSlot(10));
    assertEquals(Set.of(7), slots.added());
    assertEquals(Set.of(10), slots.removed());

    KeyframeSlots undone = slots.unmarked(7).marked(10);
    assertEquals(KeyframeSlots.grid(5), undone, "undoing a mark leaves no trace");
  }

  @Test
  void marksOnGridSlotsAndUnmarksOffTheGridChangeNothing() {
    assertEquals(KeyframeSlots.grid(5), KeyframeSlots.grid(5).marked(10).unmarked(11));
  }

  @Test
  void marksAreFrameNumbersThatSurviveANewInterval() {
    KeyframeSlots slots = KeyframeSlots.grid(5).marked(7).withInterval(7);
    assertTrue(slots.isSlot(7));
    assertTrue(slots.isSlot(14));
    assertFalse(slots.isSlot(5));
  }

  @Test
  void badValuesAreRefused() {
    assertThrows(IllegalArgumentException.class, () -> KeyframeSlots.grid(0));
    assertThrows(IllegalArgumentException.class, () -> KeyframeSlots.grid(5).marked(-1));
  }
}
