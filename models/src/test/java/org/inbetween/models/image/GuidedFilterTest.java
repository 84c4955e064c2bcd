package org.inbetween.models.image;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import org.inbetween.models.metrics.RegionSimilarity;
import org.inbetween.models.testdata.DavisSequence;
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

  /**
   * On a real frame (DAVIS motorbike, frame 10) and a blocky mask like a coarse decoder's (the
   * truth averaged over 8×8 cells), filtering only near the object thresholds to the same mask as
   * filtering the whole frame, and both fit the truth better than the blocky mask.
   */
  @Test
  void filteringNearTheObjectGivesTheWholeFramesMask() throws IOException {
    DavisSequence motorbike = new DavisSequence("motorbike");
    RgbImage frame = motorbike.frames().frame(10);
    boolean[] truth = motorbike.truth(10).threshold(0.5f);
    float[] blocky = blockAverage(truth, frame.width(), frame.height(), 8);
    GuidedFilter filter = new GuidedFilter(24, 1e-5f);
    boolean[] whole = threshold(filter.apply(frame, blocky));
    boolean[] near = threshold(filter.applyNear(frame, blocky, 0.01f));
    int differing = 0;
    for (int p = 0; p < whole.length; p++) {
      differing += whole[p] == near[p] ? 0 : 1;
    }
    assertEquals(0, differing, "pixels that differ between the whole frame and near the object");
    double before = RegionSimilarity.jaccard(threshold(blocky), truth, null);
    double after = RegionSimilarity.jaccard(near, truth, null);
    assertTrue(after > before, "J " + before + " blocky, " + after + " filtered");
  }

  private static float[] blockAverage(boolean[] mask, int width, int height, int cell) {
    float[] out = new float[mask.length];
    for (int by = 0; by < height; by += cell) {
      for (int bx = 0; bx < width; bx += cell) {
        int ey = Math.min(height, by + cell);
        int ex = Math.min(width, bx + cell);
        float sum = 0;
        for (int y = by; y < ey; y++) {
          for (int x = bx; x < ex; x++) {
            sum += mask[y * width + x] ? 1 : 0;
          }
        }
        float mean = sum / ((ey - by) * (ex - bx));
        for (int y = by; y < ey; y++) {
          for (int x = bx; x < ex; x++) {
            out[y * width + x] = mean;
          }
        }
      }
    }
    return out;
  }

  private static boolean[] threshold(float[] soft) {
    boolean[] out = new boolean[soft.length];
    for (int p = 0; p < soft.length; p++) {
      out[p] = soft[p] > 0.5f;
    }
    return out;
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
