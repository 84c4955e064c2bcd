package org.inbetween.app.editing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.inbetween.models.image.LabelMask;
import org.inbetween.models.image.Masks;
import org.junit.jupiter.api.Test;

class RegionFillTest {
  /** Object 1 as a 20x20 square ring with a 10x10 hole, on a 40x40 mask. */
  private static WorkingMask ring() {
    WorkingMask mask = WorkingMask.of(Masks.empty(0, 40, 40));
    PolygonFill.fill(mask, PolygonFillTest.square(10, 10, 30, 30), Ink.paint(1));
    PolygonFill.fill(mask, PolygonFillTest.square(15, 15, 25, 25), Ink.eraseAll());
    return mask;
  }

  @Test
  void clickingAHoleFillsTheHoleAndNothingElse() {
    WorkingMask mask = ring();
    Rect dirty = RegionFill.fill(mask, 20, 20, Ink.paint(1));
    assertEquals(new Rect(15, 15, 10, 10), dirty);
    assertEquals(400, mask.snapshot().area(1));
    assertEquals(0, mask.label(5, 5), "outside stays background");
  }

  @Test
  void aDiagonalGapDoesNotLetTheFillEscape() {
    WorkingMask mask = WorkingMask.of(Masks.empty(0, 9, 9));
    // a diamond outline of object 1: pixels touch only at corners
    int[][] outline = {
      {4, 1}, {5, 2}, {6, 3}, {7, 4}, {6, 5}, {5, 6}, {4, 7}, {3, 6}, {2, 5}, {1, 4}, {2, 3}, {3, 2}
    };
    for (int[] p : outline) {
      mask.paintSpan(p[1], p[0], p[0], Ink.paint(1));
    }
    RegionFill.fill(mask, 4, 4, Ink.paint(2));
    LabelMask after = mask.snapshot();
    assertEquals(13, after.area(2), "exactly the 13 pixels inside the diamond");
    assertEquals(0, after.label(0, 0));
  }

  @Test
  void erasingRemovesOnlyTheClickedPieceOfTheObject() {
    WorkingMask mask = ring();
    PolygonFill.fill(mask, PolygonFillTest.square(35, 35, 38, 38), Ink.paint(1));
    RegionFill.fill(mask, 36, 36, Ink.erase(1));
    assertEquals(400 - 100, mask.snapshot().area(1), "the ring stays, the stray blob is gone");
  }

  @Test
  void clicksThatChangeNothingReportNothing() {
    WorkingMask mask = ring();
    assertEquals(Rect.EMPTY, RegionFill.fill(mask, 12, 12, Ink.paint(1)), "already object 1");
    assertEquals(
        Rect.EMPTY, RegionFill.fill(mask, 5, 5, Ink.erase(1)), "background is not object 1");
    assertEquals(Rect.EMPTY, RegionFill.fill(mask, -1, 5, Ink.paint(1)), "outside the image");
  }
}
