package org.inbetween.models.fgplg;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ObjectCropTest {
  private static final int W = 200;
  private static final int H = 100;

  @Test
  void squareWindowAroundBothMasksWithAMarginOfContext() {
    float[] a = rectangle(60, 40, 20, 10); // columns 60..79, rows 40..49
    float[] b = rectangle(90, 45, 10, 10); // columns 90..99, rows 45..54
    ObjectCrop crop = ObjectCrop.around(a, b, W, H).orElseThrow();
    // Union: columns 60..99, rows 40..54, centre (80, 47); side 40 + 2 * (0.25 * 40 + 16) = 92.
    assertEquals(new ObjectCrop(34, 1, 92, 92), crop);
  }

  @Test
  void windowIsShiftedInsideTheFrameAndClippedWhereTheFrameIsSmaller() {
    ObjectCrop corner = ObjectCrop.around(rectangle(0, 0, 10, 10), empty(), W, H).orElseThrow();
    assertEquals(0, corner.x());
    assertEquals(0, corner.y());
    assertEquals(10 + 2 * (3 + 16), corner.width());

    ObjectCrop wide = ObjectCrop.around(rectangle(20, 10, 160, 80), empty(), W, H).orElseThrow();
    assertEquals(new ObjectCrop(0, 0, W, H), wide);
  }

  @Test
  void softValuesBelowOneHalfAreNotTheObject() {
    float[] faint = new float[W * H];
    java.util.Arrays.fill(faint, 0.49f);
    assertTrue(ObjectCrop.around(faint, empty(), W, H).isEmpty());
  }

  @Test
  void cutCopiesTheWindowRowByRow() {
    float[] plane = new float[W * H];
    for (int p = 0; p < plane.length; p++) {
      plane[p] = p;
    }
    float[] cut = new ObjectCrop(3, 2, 2, 2).cut(plane, W);
    assertArrayEquals(new float[] {2 * W + 3, 2 * W + 4, 3 * W + 3, 3 * W + 4}, cut);
  }

  private static float[] rectangle(int x, int y, int width, int height) {
    float[] plane = empty();
    for (int row = y; row < y + height; row++) {
      for (int col = x; col < x + width; col++) {
        plane[row * W + col] = 1f;
      }
    }
    return plane;
  }

  private static float[] empty() {
    return new float[W * H];
  }
}
