package org.inbetween.models.metrics;

/**
 * For one image, how many pixels each of the 256 thresholds t = 0..255 marks as foreground, and how
 * many of those are truly foreground: the shared basis of the F- and E-measure curves.
 *
 * <p>The prediction is quantised as {@code floor(p · 255)} and a pixel is foreground at threshold t
 * when its quantised value is at least t. One histogram and a cumulative sum give all 256 binary
 * maps at the cost of one pass.
 */
record ThresholdCounts(
    int[] truePositives, int[] predictedPositives, int truthPositives, int size) {
  static final int LEVELS = 256;

  static ThresholdCounts of(double[] prediction, boolean[] truth) {
    int[] foregroundHistogram = new int[LEVELS];
    int[] histogram = new int[LEVELS];
    int truthPositives = 0;
    for (int i = 0; i < prediction.length; i++) {
      int level = (int) (prediction[i] * 255);
      histogram[level]++;
      if (truth[i]) {
        foregroundHistogram[level]++;
        truthPositives++;
      }
    }
    int[] truePositives = new int[LEVELS];
    int[] predictedPositives = new int[LEVELS];
    int tp = 0;
    int positives = 0;
    for (int t = LEVELS - 1; t >= 0; t--) {
      tp += foregroundHistogram[t];
      positives += histogram[t];
      truePositives[t] = tp;
      predictedPositives[t] = positives;
    }
    return new ThresholdCounts(
        truePositives, predictedPositives, truthPositives, prediction.length);
  }
}
