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
    history.record(a0, a1, true);
    history.record(a1, a2, true);
    history.record(b0, b1, true);

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
    history.record(m0, m1, true);
    history.undo(m1);
    long before = history.bytes();
    LabelMask other = stroke(m0, 250, 2);

    history.record(m0, other, true);

    assertFalse(history.canRedo(0));
    assertEquals(Optional.of(m0), history.undo(other));
    assertTrue(history.bytes() <= before + 4096, "the dropped edit's memory is released");
  }

  @Test
  void aStrokeCostsAboutAKilobyteNotTwoMasks() {
    EditHistory history = new EditHistory();
    LabelMask m0 = Masks.empty(0, W, H);
    Rect changed = history.record(m0, stroke(m0, 100, 1), true);
    assertTrue(history.bytes() < 2048, history.bytes() + " bytes for one stroke");
    assertEquals(Rect.extentOf(stroke(m0, 100, 1), 1), changed);
    assertEquals(Rect.EMPTY, history.record(m0, m0, true), "no change, nothing recorded");
  }

  @Test
  void overTheBudgetTheOldestEditsOfTheSessionGoFirst() {
    LabelMask a0 = Masks.empty(0, W, H);
    LabelMask a1 = stroke(a0, 100, 1);
    EditHistory probe = new EditHistory();
    probe.record(a0, a1, true);
    EditHistory history = new EditHistory(probe.bytes() * 2 + probe.bytes() / 2);
    LabelMask b0 = Masks.empty(1, W, H);
    LabelMask b1 = stroke(b0, 100, 1);
    LabelMask a2 = stroke(a1, 300, 2);

    history.record(a0, a1, true);
    history.record(b0, b1, true);
    history.record(a1, a2, true);

    assertEquals(Optional.of(a1), history.undo(a2));
    assertFalse(history.canUndo(0), "the first edit was forgotten");
    assertTrue(history.canUndo(1));
  }

  @Test
  void aMaskChangedElsewhereEndsThatFramesHistory() {
    EditHistory history = new EditHistory();
    LabelMask m0 = Masks.empty(0, W, H);
    LabelMask m1 = stroke(m0, 100, 1);
    history.record(m0, m1, true);

    history.reconcile(m1);
    assertTrue(history.canUndo(0), "the expected state keeps the history");

    history.reconcile(stroke(m0, 300, 2));
    assertFalse(history.canUndo(0));
    assertEquals(0, history.bytes());
  }

  @Test
  void undoingTheFirstEditOfAFrameWithoutAMaskSaysSo() {
    EditHistory history = new EditHistory();
    LabelMask blank = Masks.empty(4, W, H);
    LabelMask painted = stroke(blank, 100, 1);
    LabelMask more = stroke(painted, 200, 1);
    history.record(blank, painted, false);
    history.record(painted, more, true);

    assertFalse(history.restoresNoHumanMask(4));
    history.undo(more);
    assertFalse(history.restoresNoHumanMask(4), "back to a state that was saved");
    history.undo(painted);
    assertTrue(history.restoresNoHumanMask(4), "back before the first edit: no mask at all");
    history.redo(blank);
    assertFalse(history.restoresNoHumanMask(4));

    LabelMask storedBlank = Masks.empty(5, W, H);
    history.record(storedBlank, stroke(storedBlank, 100, 1), true);
    history.undo(stroke(storedBlank, 100, 1));
    assertFalse(history.restoresNoHumanMask(5), "an empty mask that was stored stays stored");
  }

  @Test
  void forgettingTheFirstEditMovesTheStartToASavedMask() {
    LabelMask a0 = Masks.empty(0, W, H);
    LabelMask a1 = stroke(a0, 100, 1);
    EditHistory probe = new EditHistory();
    probe.record(a0, a1, false);
    EditHistory history = new EditHistory(probe.bytes() * 2 + probe.bytes() / 2);
    LabelMask a2 = stroke(a1, 300, 2);
    LabelMask a3 = stroke(a2, 400, 1);

    history.record(a0, a1, false);
    history.record(a1, a2, true);
    history.record(a2, a3, true);
    history.undo(a3);
    history.undo(a2);

    assertFalse(history.canUndo(0), "the first edit was forgotten");
    assertFalse(history.restoresNoHumanMask(0), "a1 was saved as the frame's human mask");
  }
}
