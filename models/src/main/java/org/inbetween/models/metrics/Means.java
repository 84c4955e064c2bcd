package org.inbetween.models.metrics;

/** Accurate arithmetic means (compensated summation), close to numpy's pairwise sums. */
final class Means {
  private Means() {}

  static double of(double[] values) {
    double sum = 0;
    double compensation = 0;
    for (double value : values) {
      double y = value - compensation;
      double t = sum + y;
      compensation = (t - sum) - y;
      sum = t;
    }
    return sum / values.length;
  }
}
