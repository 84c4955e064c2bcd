package org.inbetween.models.image;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class GuidedFilterTest {
  private static final int WIDTH = 64;
  private static final int HEIGHT = 40;

  /** A frame dark left of column {@code edge}, bright from it on, and a little noisy. */
  private static RgbImage twoTone(int edge) {
    byte[] rgb = new byte[WIDTH * HEIGHT * 3];
    java.util.Random noise = new java.util.Random(7);
    for (int y = 0; y < HEIGHT; y++) {
      for (int x = 0; x < WIDTH; x++) {
        int base = x < edge ? 40 : 200;
        for (int c = 0; c < 3; c++) {
          rgb[3 * (y * WIDTH + x) + c] = (byte) (base + c * 10 + noise.nextInt(5));
        }
      }
    }
    return RgbImage.wrap(WIDTH, HEIGHT, rgb);
  }

  /**
   * A soft mask whose edge is a ramp from column {@code from} to {@code to}, as upsampling makes.
   */
  private static float[] ramp(int from, int to) {
    float[] p = new float[WIDTH * HEIGHT];
    for (int y = 0; y < HEIGHT; y++) {
      for (int x = 0; x < WIDTH; x++) {
        p[y * WIDTH + x] = Math.max(0f, Math.min(1f, (x - from) / (float) (to - from)));
      }
    }
    return p;
  }

  private static int firstForegroundColumn(float[] q, int row) {
    for (int x = 0; x < WIDTH; x++) {
      if (q[row * WIDTH + x] > 0.5f) {
        return x;
      }
    }
    return WIDTH;
  }

  @Test
  void aBlurredMaskEdgeMovesOntoTheImageEdge() {
    float[] coarse = ramp(20, 35); // above 0.5 from column 28
    float[] q = new GuidedFilter(8, 1e-3f).apply(twoTone(32), coarse);
    for (int row = 0; row < HEIGHT; row++) {
      assertEquals(28, firstForegroundColumn(coarse, row));
      assertEquals(32, firstForegroundColumn(q, row), "row " + row);
    }
    float jump = q[10 * WIDTH + 32] - q[10 * WIDTH + 31];
    assertTrue(jump > 0.25f, "the mask steps at the image edge, by " + jump);
  }

  @Test
  void aFlatGuideGivesTheLocalMean() {
    float[] p = ramp(0, WIDTH - 1);
    float[] q = new GuidedFilter(3, 1e-2f).apply(twoTone(WIDTH), p);
    int centre = 20 * WIDTH + 30;
    assertEquals(p[centre], q[centre], 0.01f, "a linear ramp is its own local mean");
  }

  @Test
  void aMapOfAnotherSizeIsRefused() {
    GuidedFilter filter = new GuidedFilter(4, 1e-3f);
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> filter.apply(twoTone(32), new float[10]));
    assertTrue(e.getMessage().contains("64x40"), e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> new GuidedFilter(0, 1e-3f));
    assertThrows(IllegalArgumentException.class, () -> new GuidedFilter(4, 0f));
  }
}
