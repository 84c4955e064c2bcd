package org.inbetween.models.metrics;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.Arrays;
import java.util.Random;
import org.inbetween.models.image.LabelMask;
import org.inbetween.models.image.Masks;
import org.inbetween.models.testdata.SharedData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DavisMetricsTest {
  private static final int SIZE = 200;

  @Test
  void emptyPredictionOfEmptyTruthIsPerfect() {
    boolean[] empty = new boolean[SIZE * SIZE];
    assertEquals(1, RegionSimilarity.jaccard(empty, empty, null));
    assertEquals(1, BoundaryAccuracy.fMeasure(empty, empty, null, SIZE, SIZE));
  }

  /** The davis2017-evaluation test_void_masks vector (one of its two identical frames). */
  @Test
  void voidPixelsAreIgnored() {
    boolean[] truth = Rectangles.filled(SIZE, SIZE, 100, 150, 100, 150);
    boolean[] voidPixels = Rectangles.filled(SIZE, SIZE, 50, 100, 100, 150);
    boolean[] prediction = Rectangles.filled(SIZE, SIZE, 50, 150, 100, 150);

    assertEquals(1, RegionSimilarity.jaccard(prediction, truth, voidPixels));
    assertEquals(1, BoundaryAccuracy.fMeasure(prediction, truth, voidPixels, SIZE, SIZE));
    assertTrue(RegionSimilarity.jaccard(prediction, truth, null) < 1);
  }

  @Test
  void onePixelShiftLosesOneColumnEachSide() {
    boolean[] truth = Rectangles.filled(SIZE, SIZE, 100, 150, 100, 150);
    boolean[] shifted = Rectangles.filled(SIZE, SIZE, 100, 150, 101, 151);

    // intersection 50 rows x 49 columns, union 50 x 51
    assertEquals(2450.0 / 2550.0, RegionSimilarity.jaccard(shifted, truth, null), 1e-15);
    assertEquals(1, BoundaryAccuracy.fMeasure(shifted, truth, null, SIZE, SIZE), 1e-12);
  }

  @Test
  void disjointMasksScoreZero() {
    boolean[] truth = Rectangles.filled(SIZE, SIZE, 10, 40, 10, 40);
    boolean[] elsewhere = Rectangles.filled(SIZE, SIZE, 150, 190, 150, 190);

    assertEquals(0, RegionSimilarity.jaccard(elsewhere, truth, null));
    assertEquals(0, BoundaryAccuracy.fMeasure(elsewhere, truth, null, SIZE, SIZE));
  }

  @Test
  void emptyPredictionOfAnObjectHasRecallZero() {
    boolean[] truth = Rectangles.filled(SIZE, SIZE, 10, 40, 10, 40);
    boolean[] empty = new boolean[SIZE * SIZE];

    assertEquals(0, RegionSimilarity.jaccard(empty, truth, null));
    assertEquals(0, BoundaryAccuracy.fMeasure(empty, truth, null, SIZE, SIZE));
    assertEquals(0, BoundaryAccuracy.fMeasure(truth, empty, null, SIZE, SIZE));
  }

  @Test
  void shiftBeyondTheToleranceMissesTheVerticalEdges() {
    boolean[] truth = Rectangles.filled(SIZE, SIZE, 100, 150, 50, 100);
    boolean[] shifted = Rectangles.filled(SIZE, SIZE, 100, 150, 52, 102);

    double within = BoundaryAccuracy.fMeasure(shifted, truth, null, SIZE, SIZE, 2);
    double beyond = BoundaryAccuracy.fMeasure(shifted, truth, null, SIZE, SIZE, 1);

    assertEquals(1, within, 1e-12);
    assertTrue(beyond > 0.5 && beyond < 1, "F=" + beyond);
  }

  @Test
  void davisFrameSizeGivesRadiusEightWithA197PixelDisk() {
    assertEquals(8, BoundaryAccuracy.toleranceRadius(0.008, 854, 480));
    assertEquals(3, BoundaryAccuracy.toleranceRadius(3, 854, 480));
    assertEquals(197, new DiskDilation(8).area());
    assertEquals(1, new DiskDilation(0).area());
  }

  @Test
  void singlePixelBoundaryIsHalfAPixelTowardsTheOrigin() {
    int width = 5;
    boolean[] mask = new boolean[width * 4];
    mask[2 * width + 2] = true;

    boolean[] boundary = BoundaryMap.of(mask, width, 4);

    boolean[] expected = new boolean[width * 4];
    expected[width + 1] = true;
    expected[width + 2] = true;
    expected[2 * width + 1] = true;
    expected[2 * width + 2] = true;
    assertArrayEquals(expected, boundary);
  }

  @Test
  void fullMaskHasNoBoundaryBecauseTheImageEdgeIsNotOne() {
    boolean[] full = new boolean[6 * 4];
    Arrays.fill(full, true);

    assertEquals(0, PixelGrid.count(BoundaryMap.of(full, 6, 4)));
  }

  @Test
  void maskTouchingTheLastColumnHasItsLeftAndTopEdges() {
    boolean[] right = Rectangles.filled(6, 4, 1, 4, 3, 6);

    boolean[] boundary = BoundaryMap.of(right, 6, 4);

    // column 2 (left of the block, rows 0-3 see it east/south-east), row 0 (above it, cols 2-5)
    boolean[] expected = Rectangles.filled(6, 4, 0, 1, 2, 6);
    for (int y = 1; y < 4; y++) {
      expected[y * 6 + 2] = true;
    }
    assertArrayEquals(expected, boundary);
  }

  @Test
  void dilationMatchesTheDefinitionOfTheDisk() {
    int width = 37;
    int height = 23;
    Random random = new Random(7);
    boolean[] mask = new boolean[width * height];
    for (int i = 0; i < mask.length; i++) {
      mask[i] = random.nextInt(60) == 0;
    }
    int r = 4;

    boolean[] dilated = new DiskDilation(r).apply(mask, width, height);

    for (int y = 0; y < height; y++) {
      for (int x = 0; x < width; x++) {
        boolean expected = false;
        for (int dy = -r; dy <= r; dy++) {
          for (int dx = -r; dx <= r; dx++) {
            int yy = y + dy;
            int xx = x + dx;
            expected |=
                dx * dx + dy * dy <= r * r
                    && yy >= 0
                    && yy < height
                    && xx >= 0
                    && xx < width
                    && mask[yy * width + xx];
          }
        }
        assertEquals(expected, dilated[y * width + x], "at " + x + "," + y);
      }
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"bus", "blackswan", "dance-twirl"})
  void realMaskAgainstItselfAndAgainstTheNextFrame(String sequence) throws IOException {
    LabelMask frame0 = Masks.fromPng(SharedData.davisMask(sequence, 0), 0);
    LabelMask frame1 = Masks.fromPng(SharedData.davisMask(sequence, 1), 1).onFrame(0);

    assertEquals(1, RegionSimilarity.jaccard(frame0, frame0, 1));
    assertEquals(1, BoundaryAccuracy.fMeasure(frame0, frame0, 1));
    double j = RegionSimilarity.jaccard(frame1, frame0, 1);
    double f = BoundaryAccuracy.fMeasure(frame1, frame0, 1);
    assertTrue(j > 0 && j < 1, "J=" + j);
    assertTrue(f > 0 && f <= 1, "F=" + f);
  }
}
