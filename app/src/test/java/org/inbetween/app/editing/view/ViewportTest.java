package org.inbetween.app.editing.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.inbetween.app.editing.ImagePoint;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ViewportTest {
  private static final double EPS = 1e-9;

  @ParameterizedTest
  @CsvSource({"1.25, 100, 80", "0.5, 640, 10", "3, 0, 0", "1000, 333, 222", "0.0001, 5, 400"})
  void zoomKeepsTheImagePointUnderThePointer(double factor, double x, double y) {
    Viewport before = new Viewport(0.7, 13, -40);
    ImagePoint under = before.toImage(x, y);
    Viewport after = before.zoomedAt(factor, x, y);
    ImagePoint still = after.toImage(x, y);
    assertEquals(under.x(), still.x(), EPS);
    assertEquals(under.y(), still.y(), EPS);
  }

  @Test
  void zoomIsClampedToUsefulScales() {
    assertEquals(Viewport.MAX_SCALE, Viewport.identity().zoomedAt(1e6, 0, 0).scale());
    assertEquals(Viewport.MIN_SCALE, Viewport.identity().zoomedAt(1e-6, 0, 0).scale());
  }

  @Test
  void fitShowsTheWholeImageCentredWithItsAspect() {
    Viewport fit = Viewport.fit(1000, 600, 1920, 1080);
    assertEquals(1000.0 / 1920, fit.scale(), EPS);
    assertEquals(0, fit.offsetX(), EPS);
    assertEquals((600 - 1080 * fit.scale()) / 2, fit.offsetY(), EPS);
    assertEquals(1000, fit.toViewX(1920), EPS);
  }

  @Test
  void oneToOneCentresTheImageAtScaleOne() {
    Viewport one = Viewport.oneToOne(800, 600, 854, 480);
    assertEquals(1, one.scale());
    assertEquals(-27, one.offsetX(), EPS);
    assertEquals(60, one.offsetY(), EPS);
  }

  @Test
  void panMovesTheImageWithThePointerWithoutZooming() {
    Viewport moved = new Viewport(2, 10, 10).pannedBy(30, -5);
    assertEquals(new Viewport(2, 40, 5), moved);
    assertEquals(new ImagePoint(0, 0), moved.toImage(40, 5));
  }

  @Test
  void imagePointsNameThePixelTheyFallOn() {
    ImagePoint p = new Viewport(4, 0, 0).toImage(13, -1);
    assertEquals(3, p.column());
    assertEquals(-1, p.row());
    assertEquals(false, p.isInside(10, 10));
    assertEquals(true, new ImagePoint(9.99, 0).isInside(10, 10));
  }

  @Test
  void rejectsADegenerateScale() {
    assertThrows(IllegalArgumentException.class, () -> new Viewport(0, 0, 0));
  }
}
