package org.inbetween.models.metrics;

/**
 * One image binarised at the adaptive threshold of Achanta et al., twice the mean saliency capped
 * at 1 (the pixels that stand out from the image's average), reduced to the counts that the
 * adaptive F- and E-measure need.
 *
 * @param hits predicted foreground that is true foreground
 * @param predicted predicted foreground
 * @param truthPositives true foreground
 * @param size all pixels
 */
record AdaptiveThreshold(int hits, int predicted, int truthPositives, int size) {
  static AdaptiveThreshold of(double[] prediction, boolean[] truth) {
    double threshold = Math.min(2 * Means.of(prediction), 1);
    int hits = 0;
    int predicted = 0;
    int positives = 0;
    for (int i = 0; i < prediction.length; i++) {
      boolean foreground = prediction[i] >= threshold;
      if (foreground) {
        predicted++;
      }
      if (truth[i]) {
        positives++;
        if (foreground) {
          hits++;
        }
      }
    }
    return new AdaptiveThreshold(hits, predicted, positives, prediction.length);
  }

  /** F-measure at the threshold; 0 when no true foreground is found. */
  double fMeasure() {
    return hits == 0 ? 0 : FMeasure.of((double) hits / predicted, (double) hits / truthPositives);
  }

  /** E-measure at the threshold. */
  double eMeasure() {
    return EMeasure.of(hits, predicted - hits, truthPositives, size);
  }
}
