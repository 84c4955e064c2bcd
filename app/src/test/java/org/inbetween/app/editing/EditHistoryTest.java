package org.inbetween.app.editing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.inbetween.models.image.LabelMask;
import org.inbetween.models.image.Masks;
import org.junit.jupiter.api.Test;

class EditHistoryTest {
  private static final int W = 854;
  private static final int H = 480;

  private static LabelMask stroke(LabelMask on, double y, int objectId) {
    WorkingMask mask = WorkingMask.of(on);
    Brush.segment(
        mask, new ImagePoint(100, y), new ImagePoint(600, y + 30), 12, Ink.paint(objectId));
    return mask.snapshot();
  }

  @Test
  void undoAndRedoWalkEachFramesOwnHistory() {
    EditHistory history = new EditHistory();
    LabelMask a0 = Masks.empty(3, W, H);
    LabelMask a1 = stroke(a0, 100, 1);
    LabelMask a2 = stroke(a1, 200, 2);
    LabelMask b0 = Masks.empty(9, W, H);
    LabelMask b1 = stroke(b0, 300, 1);
    history.record(a0, a1);
    history.record(a1, a2);
    history.record(b0, b1);

    assertEquals(Optional.of(a1), history.undo(a2));
    assertEquals(Optional.of(b0), history.undo(b1), "frame 9 has its own history");
    assertFalse(history.canUndo(9));
    assertEquals(Optional.of(a0), history.undo(a1));
    assertEquals(Optional.empty(), history.undo(a0));
    assertEquals(Optional.of(a1), history.redo(a0));
    assertEquals(Optional.of(a2), history.redo(a1));
    assertEquals(Optional.of(b1), history.redo(b0));
    assertFalse(history.canRedo(3));
  }

  @Test
  void aNewEditDropsWhatCouldHaveBeenRedone() {
    EditHistory history = new EditHistory();
    LabelMask m0 = Masks.empty(0, W, H);
    LabelMask m1 = stroke(m0, 100, 1);
    history.record(m0, m1);
    history.undo(m1);
    long before = history.bytes();
    LabelMask other = stroke(m0, 250, 2);

    history.record(m0, other);

    assertFalse(history.canRedo(0));
    assertEquals(Optional.of(m0), history.undo(other));
    assertTrue(history.bytes() <= before + 4096, "the dropped edit's memory is released");
  }

  @Test
  void aStrokeCostsAboutAKilobyteNotTwoMasks() {
    EditHistory history = new EditHistory();
    LabelMask m0 = Masks.empty(0, W, H);
    Rect changed = history.record(m0, stroke(m0, 100, 1));
    assertTrue(history.bytes() < 2048, history.bytes() + " bytes for one stroke");
    assertEquals(BrushTest.extent(stroke(m0, 100, 1), 1), changed);
    assertEquals(Rect.EMPTY, history.record(m0, m0), "no change, nothing recorded");
  }

  @Test
  void overTheBudgetTheOldestEditsOfTheSessionGoFirst() {
    LabelMask a0 = Masks.empty(0, W, H);
    LabelMask a1 = stroke(a0, 100, 1);
    EditHistory probe = new EditHistory();
    probe.record(a0, a1);
    EditHistory history = new EditHistory(probe.bytes() * 2 + probe.bytes() / 2);
    LabelMask b0 = Masks.empty(1, W, H);
    LabelMask b1 = stroke(b0, 100, 1);
    LabelMask a2 = stroke(a1, 300, 2);

    history.record(a0, a1);
    history.record(b0, b1);
    history.record(a1, a2);

    assertEquals(Optional.of(a1), history.undo(a2));
    assertFalse(history.canUndo(0), "the first edit was forgotten");
    assertTrue(history.canUndo(1));
  }

  @Test
  void aMaskChangedElsewhereEndsThatFramesHistory() {
    EditHistory history = new EditHistory();
    LabelMask m0 = Masks.empty(0, W, H);
    LabelMask m1 = stroke(m0, 100, 1);
    history.record(m0, m1);

    history.reconcile(m1);
    assertTrue(history.canUndo(0), "the expected state keeps the history");

    history.reconcile(stroke(m0, 300, 2));
    assertFalse(history.canUndo(0));
    assertEquals(0, history.bytes());
  }
}
