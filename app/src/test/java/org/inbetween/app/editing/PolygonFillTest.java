package org.inbetween.app.editing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.inbetween.models.image.LabelMask;
import org.inbetween.models.image.Masks;
import org.junit.jupiter.api.Test;

class PolygonFillTest {
  @Test
  void aSquareOnPixelEdgesFillsExactlyItsPixels() {
    WorkingMask mask = WorkingMask.of(Masks.empty(0, 50, 40));
    Rect dirty = PolygonFill.fill(mask, square(10, 5, 30, 25), Ink.paint(3));
    assertEquals(new Rect(10, 5, 20, 20), dirty);
    assertEquals(400, mask.snapshot().area(3));
    assertEquals(new Rect(10, 5, 20, 20), Rect.extentOf(mask.snapshot(), 3));
  }

  @Test
  void subtractingCutsAHoleInTheCurrentObjectOnly() {
    WorkingMask mask = WorkingMask.of(Masks.empty(0, 50, 40));
    PolygonFill.fill(mask, square(0, 0, 25, 40), Ink.paint(1));
    PolygonFill.fill(mask, square(25, 0, 50, 40), Ink.paint(2));

    PolygonFill.fill(mask, square(20, 10, 30, 20), Ink.erase(1));

    LabelMask after = mask.snapshot();
    assertEquals(25 * 40 - 5 * 10, after.area(1), "object 1 lost the 5x10 overlap");
    assertEquals(25 * 40, after.area(2), "object 2 untouched");
    assertEquals(0, after.label(22, 15));
    assertEquals(2, after.label(27, 15));
  }

  @Test
  void aTriangleCoversThePixelsWhoseCentresAreInside() {
    WorkingMask mask = WorkingMask.of(Masks.empty(0, 101, 101));
    PolygonFill.fill(
        mask,
        List.of(new ImagePoint(0, 0), new ImagePoint(100, 0), new ImagePoint(0, 100)),
        Ink.paint(1));
    // centres (x+.5, y+.5) with x+y+1 < 100: sum over y of (99 - y) for y = 0..98
    assertEquals(99 * 100 / 2, mask.snapshot().area(1));
  }

  @Test
  void fewerThanThreeVerticesAreRefused() {
    WorkingMask mask = WorkingMask.of(Masks.empty(0, 10, 10));
    List<ImagePoint> line = List.of(new ImagePoint(1, 1), new ImagePoint(5, 5));
    assertThrows(IllegalArgumentException.class, () -> PolygonFill.fill(mask, line, Ink.paint(1)));
  }

  static List<ImagePoint> square(double x0, double y0, double x1, double y1) {
    return List.of(
        new ImagePoint(x0, y0),
        new ImagePoint(x1, y0),
        new ImagePoint(x1, y1),
        new ImagePoint(x0, y1));
  }
}
