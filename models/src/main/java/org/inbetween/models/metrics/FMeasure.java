package org.inbetween.models.metrics;

/**
 * The F-measure of a saliency map, {@code F = (1 + β²) P R / (β² P + R)} with β² = 0.3 (precision
 * weighs more than recall, after Achanta et al.), as PySODMetrics computes it.
 *
 * <p>Precision divides by {@code max(predicted, 1)} and recall by {@code max(truth, 1)}; F is 0
 * whenever its numerator is.
 */
final class FMeasure {
  static final double BETA_SQUARED = 0.3;

  private FMeasure() {}

  /** Precision, recall and F for each threshold t = 0..255, as rows 0, 1 and 2. */
  static double[][] curves(ThresholdCounts counts) {
    int levels = ThresholdCounts.LEVELS;
    double[][] out = new double[3][levels];
    for (int t = 0; t < levels; t++) {
      double precision =
          counts.truePositives()[t] / (double) Math.max(counts.predictedPositives()[t], 1);
      double recall = counts.truePositives()[t] / (double) Math.max(counts.truthPositives(), 1);
      out[0][t] = precision;
      out[1][t] = recall;
      out[2][t] = of(precision, recall);
    }
    return out;
  }

  /** F from one precision and recall. */
  static double of(double precision, double recall) {
    double numerator = (1 + BETA_SQUARED) * precision * recall;
    return numerator == 0 ? 0 : numerator / (BETA_SQUARED * precision + recall);
  }
}
