package org.inbetween.models.metrics;

/**
 * The enhanced-alignment measure E of Fan et al. (IJCAI 2018) for a binarised saliency map, as
 * PySODMetrics computes it.
 *
 * <p>For a binary map B and ground truth G, the alignment at each pixel is {@code φ = 2 (B − B̄)(G
 * − Ḡ) / ((B − B̄)² + (G − Ḡ)² + ε)} and {@code E = Σ (φ + 1)² / 4 / (HW − 1 + ε)}. Both maps are
 * binary, so φ takes only four values and E follows from four pixel counts; this is what lets the
 * 256-threshold curve come from one histogram. When G is all background the sum is the number of
 * background pixels of B; when G is all foreground, the number of foreground pixels of B.
 */
final class EMeasure {
  static final double EPS = Math.ulp(1.0);

  private EMeasure() {}

  /** E for each threshold t = 0..255. */
  static double[] curve(ThresholdCounts counts) {
    double[] out = new double[ThresholdCounts.LEVELS];
    for (int t = 0; t < out.length; t++) {
      int truePositives = counts.truePositives()[t];
      out[t] =
          of(
              truePositives,
              counts.predictedPositives()[t] - truePositives,
              counts.truthPositives(),
              counts.size());
    }
    return out;
  }

  /**
   * E from counts.
   *
   * @param hits predicted foreground that is true foreground
   * @param falseAlarms predicted foreground that is true background
   * @param truthPositives true foreground pixels
   * @param size all pixels
   */
  static double of(long hits, long falseAlarms, long truthPositives, long size) {
    long predictedForeground = hits + falseAlarms;
    long predictedBackground = size - predictedForeground;
    double sum;
    if (truthPositives == 0) {
      sum = predictedBackground;
    } else if (truthPositives == size) {
      sum = predictedForeground;
    } else {
      long misses = truthPositives - hits;
      long correctRejections = predictedBackground - misses;
      double predictedMean = predictedForeground / (double) size;
      double truthMean = truthPositives / (double) size;
      sum =
          enhanced(1 - predictedMean, 1 - truthMean) * hits
              + enhanced(1 - predictedMean, -truthMean) * falseAlarms
              + enhanced(-predictedMean, 1 - truthMean) * misses
              + enhanced(-predictedMean, -truthMean) * correctRejections;
    }
    return sum / (size - 1 + EPS);
  }

  private static double enhanced(double predicted, double truth) {
    double alignment = 2 * (predicted * truth) / (predicted * predicted + truth * truth + EPS);
    return (alignment + 1) * (alignment + 1) / 4;
  }
}
