package org.inbetween.app.editing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.inbetween.models.image.LabelMask;
import org.inbetween.models.image.Masks;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BrushTest {
  private static final int W = 320;
  private static final int H = 200;

  @ParameterizedTest(name = "radius {0}")
  @ValueSource(doubles = {1, 2.5, 7, 30})
  void twoFarApartSamplesPaintTheWholeLineBetweenThem(double radius) {
    WorkingMask mask = blank();
    ImagePoint from = new ImagePoint(10.3, 12.8);
    ImagePoint to = new ImagePoint(290.6, 181.1);

    Rect dirty = Brush.segment(mask, from, to, radius, Ink.paint(1));

    for (double t = 0; t <= 1; t += 0.001) {
      ImagePoint p =
          new ImagePoint(from.x() + t * (to.x() - from.x()), from.y() + t * (to.y() - from.y()));
      assertEquals(1, mask.label(p.column(), p.row()), "gap at " + p);
    }
    assertEquals(bruteForceCount(from, to, radius), mask.snapshot().area(1), "capsule pixels");
    assertEquals(Rect.extentOf(mask.snapshot(), 1), dirty, "dirty rectangle is what changed");
  }

  @Test
  void paintingAnObjectTakesItsPixelsFromAnother() {
    WorkingMask mask = blank();
    Brush.segment(mask, new ImagePoint(50, 50), new ImagePoint(150, 50), 20, Ink.paint(1));
    LabelMask before = mask.snapshot();

    Brush.segment(mask, new ImagePoint(100, 20), new ImagePoint(100, 80), 5, Ink.paint(2));

    LabelMask after = mask.snapshot();
    int taken = 0;
    for (int y = 0; y < H; y++) {
      for (int x = 0; x < W; x++) {
        int now = after.label(x, y);
        assertTrue(now == before.label(x, y) || now == 2, "only object 2 was painted");
        taken += before.label(x, y) == 1 && now == 2 ? 1 : 0;
      }
    }
    assertTrue(taken > 0);
    assertEquals(before.area(1) - taken, after.area(1));
  }

  @Test
  void theEraserLeavesOtherObjectsUnlessEveryObjectIsErased() {
    WorkingMask mask = blank();
    Brush.segment(mask, new ImagePoint(50, 50), new ImagePoint(100, 50), 10, Ink.paint(1));
    Brush.segment(mask, new ImagePoint(100, 50), new ImagePoint(150, 50), 10, Ink.paint(2));
    ImagePoint left = new ImagePoint(40, 50);
    ImagePoint right = new ImagePoint(160, 50);

    Brush.segment(mask, left, right, 30, Ink.erase(1));
    assertEquals(0, mask.snapshot().area(1));
    assertTrue(mask.snapshot().area(2) > 0, "object 2 untouched by erasing object 1");

    Brush.segment(mask, left, right, 30, Ink.eraseAll());
    assertTrue(mask.snapshot().isEmpty());
  }

  @Test
  void strokesLeavingTheImageAreClippedAndTinyRadiiRefused() {
    WorkingMask mask = blank();
    Rect dirty =
        Brush.segment(mask, new ImagePoint(-50, -50), new ImagePoint(5, 5), 3, Ink.paint(1));
    assertEquals(0, dirty.x());
    assertEquals(0, dirty.y());
    assertEquals(
        Rect.EMPTY,
        Brush.segment(mask, new ImagePoint(-50, -50), new ImagePoint(-40, -40), 3, Ink.paint(1)));
    assertThrows(
        IllegalArgumentException.class,
        () -> Brush.segment(mask, new ImagePoint(1, 1), new ImagePoint(1, 1), 0.5, Ink.paint(1)));
  }

  private static WorkingMask blank() {
    return WorkingMask.of(Masks.empty(3, W, H));
  }

  private static int bruteForceCount(ImagePoint a, ImagePoint b, double r) {
    int count = 0;
    for (int y = 0; y < H; y++) {
      for (int x = 0; x < W; x++) {
        double px = x + 0.5;
        double py = y + 0.5;
        double dx = b.x() - a.x();
        double dy = b.y() - a.y();
        double t =
            Math.max(0, Math.min(1, ((px - a.x()) * dx + (py - a.y()) * dy) / (dx * dx + dy * dy)));
        double ex = px - a.x() - t * dx;
        double ey = py - a.y() - t * dy;
        count += ex * ex + ey * ey <= r * r ? 1 : 0;
      }
    }
    return count;
  }
}
