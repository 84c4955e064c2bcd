package org.inbetween.app.quality;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SpearmanTest {
  @Test
  void anyIncreasingFunctionRanksPerfectly() {
    double[] x = {0.1, 0.5, 0.2, 0.9, 0.7};
    double[] y = {1, 125, 8, 729, 343}; // (10x)^3
    assertEquals(1, Spearman.rho(x, y), 1e-12);
    assertEquals(-1, Spearman.rho(x, new double[] {5, 2, 4, 0, 1}), 1e-12);
  }

  @Test
  void tiesShareTheirMeanRank() {
    assertArrayEquals(
        new double[] {1, 2.5, 2.5, 4}, Spearman.ranks(new double[] {0.1, 0.3, 0.3, 0.8}), 0);
    // ranks x = 1, 2.5, 2.5, 4 and y = 1, 2, 3, 4: Pearson of those is 0.9486833
    assertEquals(
        0.9486833, Spearman.rho(new double[] {1, 2, 2, 3}, new double[] {1, 2, 3, 4}), 1e-7);
  }

  @Test
  void aConstantSampleHasNoCorrelation() {
    assertTrue(Double.isNaN(Spearman.rho(new double[] {3, 3, 3}, new double[] {1, 2, 3})));
    assertThrows(IllegalArgumentException.class, () -> Spearman.rho(new double[2], new double[3]));
  }
}
