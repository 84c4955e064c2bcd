package org.inbetween.models.metrics;

/**
 * The structure measure S of Fan et al. (ICCV 2017), with α = 0.5, as PySODMetrics computes it.
 *
 * <p>S blends an object-aware score (how uniform and how confident the prediction is inside the
 * object and inside the background) with a region-aware score (an SSIM-like agreement in four
 * quadrants cut at the object's centroid, weighted by area). When the ground truth is all
 * background S is {@code 1 − mean(prediction)}; when it is all foreground, {@code
 * mean(prediction)}.
 *
 * <p>Standard deviations use N − 1 (as MATLAB does; 0 for a single pixel); the centroid is the mean
 * foreground coordinate rounded half to even, plus one; a quadrant with no pixels has weight 0 and
 * contributes nothing.
 */
final class StructureMeasure {
  static final double ALPHA = 0.5;
  private static final double EPS = EMeasure.EPS;

  private StructureMeasure() {}

  static double of(double[] prediction, boolean[] truth, int width, int height) {
    int positives = PixelGrid.count(truth);
    if (positives == 0) {
      return 1 - Means.of(prediction);
    }
    if (positives == truth.length) {
      return Means.of(prediction);
    }
    double objectScore = objectScore(prediction, truth, positives) * ALPHA;
    double regionScore = regionScore(prediction, truth, width, height) * (1 - ALPHA);
    return Math.max(0, objectScore + regionScore);
  }

  private static double objectScore(double[] prediction, boolean[] truth, int positives) {
    double[] inside = new double[positives];
    double[] outside = new double[truth.length - positives];
    for (int i = 0, in = 0, out = 0; i < truth.length; i++) {
      if (truth[i]) {
        inside[in++] = prediction[i];
      } else {
        outside[out++] = 1 - prediction[i];
      }
    }
    double truthMean = positives / (double) truth.length;
    return uniformity(inside) * truthMean + uniformity(outside) * (1 - truthMean);
  }

  private static double uniformity(double[] values) {
    double mean = Means.of(values);
    double squares = 0;
    for (double value : values) {
      squares += (value - mean) * (value - mean);
    }
    double std = values.length > 1 ? Math.sqrt(squares / (values.length - 1)) : 0;
    return 2 * mean / (mean * mean + 1 + std + EPS);
  }

  private static double regionScore(double[] prediction, boolean[] truth, int width, int height) {
    long sumX = 0;
    long sumY = 0;
    long count = 0;
    for (int y = 0, i = 0; y < height; y++) {
      for (int x = 0; x < width; x++, i++) {
        if (truth[i]) {
          sumX += x;
          sumY += y;
          count++;
        }
      }
    }
    int cx = (int) Math.rint(sumX / (double) count) + 1;
    int cy = (int) Math.rint(sumY / (double) count) + 1;
    double area = (double) width * height;
    double leftTop = cx * (double) cy / area;
    double rightTop = cy * (double) (width - cx) / area;
    double leftBottom = (height - cy) * (double) cx / area;
    double rightBottom = 1 - leftTop - rightTop - leftBottom;
    Quadrants quadrants = new Quadrants(prediction, truth, width, height);
    return quadrants.similarity(0, 0, cx, cy) * leftTop
        + quadrants.similarity(cx, 0, width, cy) * rightTop
        + quadrants.similarity(0, cy, cx, height) * leftBottom
        + quadrants.similarity(cx, cy, width, height) * rightBottom;
  }

  /** The SSIM-like agreement of prediction and truth inside rectangles of the image. */
  private record Quadrants(double[] prediction, boolean[] truth, int width, int height) {
    /** Agreement inside {@code [x0, x1) × [y0, y1)}; 0 for an empty rectangle. */
    double similarity(int x0, int y0, int x1, int y1) {
      long n = (long) (x1 - x0) * (y1 - y0);
      if (n == 0) {
        return 0;
      }
      double sumPrediction = 0;
      double sumTruth = 0;
      for (int y = y0; y < y1; y++) {
        for (int x = x0, i = y * width + x0; x < x1; x++, i++) {
          sumPrediction += prediction[i];
          sumTruth += truth[i] ? 1 : 0;
        }
      }
      double meanPrediction = sumPrediction / n;
      double meanTruth = sumTruth / n;
      double varPrediction = 0;
      double varTruth = 0;
      double covariance = 0;
      for (int y = y0; y < y1; y++) {
        for (int x = x0, i = y * width + x0; x < x1; x++, i++) {
          double dp = prediction[i] - meanPrediction;
          double dt = (truth[i] ? 1 : 0) - meanTruth;
          varPrediction += dp * dp;
          varTruth += dt * dt;
          covariance += dp * dt;
        }
      }
      double denominator = n - 1 + EPS;
      double alpha = 4 * meanPrediction * meanTruth * (covariance / denominator);
      double beta =
          (meanPrediction * meanPrediction + meanTruth * meanTruth)
              * (varPrediction / denominator + varTruth / denominator);
      if (alpha != 0) {
        return alpha / (beta + EPS);
      }
      return beta == 0 ? 1 : 0;
    }
  }
}
