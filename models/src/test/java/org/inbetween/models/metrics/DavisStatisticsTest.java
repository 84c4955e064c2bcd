package org.inbetween.models.metrics;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class DavisStatisticsTest {
  @Test
  void tenFramesSplitIntoOverlappingQuarters() {
    // linspace(1, 10, 5) = 1, 3.25, 5.5, 7.75, 10 -> round(+1e-10) - 1 = 0, 2, 5, 7, 9
    assertArrayEquals(new int[] {0, 2, 5, 7, 9}, DavisStatistics.decayBinEdges(10));
    double[] values = new double[10];
    for (int i = 0; i < values.length; i++) {
      values[i] = 1 - i / 10.0;
    }

    DavisStatistics stats = DavisStatistics.of(values);

    assertEquals(0.55, stats.mean(), 1e-12);
    assertEquals(0.5, stats.recall(), 0);
    assertEquals((1 + 0.9 + 0.8) / 3 - (0.3 + 0.2 + 0.1) / 3, stats.decay(), 1e-12);
  }

  @Test
  void theEpsilonRoundsHalvesUpInsteadOfToEven() {
    // linspace(1, 3, 5) = 1, 1.5, 2, 2.5, 3: without the 1e-10, 2.5 would round to 2
    assertArrayEquals(new int[] {0, 1, 1, 2, 2}, DavisStatistics.decayBinEdges(3));
  }

  @Test
  void nanFramesAreSkippedByTheMeanButCountAsMissesForRecall() {
    DavisStatistics stats = DavisStatistics.of(new double[] {1, Double.NaN, 0.2, 0.9});

    assertEquals(0.7, stats.mean(), 1e-12);
    assertEquals(0.5, stats.recall(), 0);
  }

  @Test
  void singleFrameHasNoDecay() {
    DavisStatistics stats = DavisStatistics.of(new double[] {0.8});
    assertEquals(new DavisStatistics(0.8, 1, 0), stats);
  }
}
