package org.inbetween.models.metrics;

/**
 * The adaptive threshold of Achanta et al.: twice the mean saliency, capped at 1, which keeps the
 * pixels that stand out from the image's average.
 */
final class AdaptiveThreshold {
  private AdaptiveThreshold() {}

  static double of(double[] prediction) {
    return Math.min(2 * Means.of(prediction), 1);
  }
}
