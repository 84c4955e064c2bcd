package org.inbetween.app.video.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Rectangle;
import java.awt.Shape;
import java.awt.geom.Rectangle2D;
import java.util.List;
import org.inbetween.models.image.LabelMask;
import org.junit.jupiter.api.Test;

/**
 * Checks the ground truth against the objects' outlines: a pixel well inside several outlines
 * belongs to the front-most of them. Pixels within a pixel of any outline are left out, where the
 * rasteriser's choice is legitimately either way.
 */
class DemoOcclusionTest {
  private static final double MARGIN = 1.5;

  private final DemoVideo demo = new DemoVideo();
  private final List<DemoObject> backToFront = demo.scene().objects();

  @Test
  void eachPairOfObjectsOverlapsSomewhereAndTheFrontOneWins() {
    int[][] occlusions = new int[4][4];
    for (int n = 0; n < demo.frameCount(); n += 3) {
      checkFrame(n, occlusions);
    }
    int[] ids = backToFront.stream().mapToInt(DemoObject::id).toArray();
    for (int back = 0; back < ids.length; back++) {
      for (int front = back + 1; front < ids.length; front++) {
        assertTrue(
            occlusions[ids[front]][ids[back]] > 100,
            "object " + ids[front] + " should hide part of object " + ids[back]);
      }
    }
  }

  private void checkFrame(int frame, int[][] occlusions) {
    LabelMask truth = demo.groundTruth(frame);
    Shape[] shapes = backToFront.stream().map(o -> o.shapeAt(frame)).toArray(Shape[]::new);
    Rectangle bounds = new Rectangle(0, 0, demo.width(), demo.height());
    for (Shape shape : shapes) {
      Rectangle area = shape.getBounds().intersection(bounds);
      for (int y = area.y; y < area.y + area.height; y++) {
        for (int x = area.x; x < area.x + area.width; x++) {
          checkPixel(frame, x, y, shapes, truth, occlusions);
        }
      }
    }
  }

  /**
   * Counts in {@code occlusions[front][back]} the pixels where {@code front} hides {@code back}.
   */
  private void checkPixel(
      int frame, int x, int y, Shape[] shapes, LabelMask truth, int[][] occlusions) {
    Rectangle2D around =
        new Rectangle2D.Double(x + 0.5 - MARGIN, y + 0.5 - MARGIN, 2 * MARGIN, 2 * MARGIN);
    int frontMost = -1;
    for (int depth = 0; depth < shapes.length; depth++) {
      if (shapes[depth].contains(around)) {
        frontMost = depth;
      } else if (shapes[depth].intersects(around)) {
        return;
      }
    }
    if (frontMost < 0) {
      return;
    }
    int expected = backToFront.get(frontMost).id();
    assertEquals(expected, truth.label(x, y), "frame " + frame + " pixel (" + x + "," + y + ")");
    for (int depth = 0; depth < frontMost; depth++) {
      if (shapes[depth].contains(around)) {
        occlusions[expected][backToFront.get(depth).id()]++;
      }
    }
  }
}
