package org.inbetween.models.metrics;

import java.util.Arrays;
import org.inbetween.models.image.LabelMask;
import org.inbetween.models.image.SoftMask;

/**
 * Accumulates the saliency metrics (MAE, F-, S- and E-measure) over a set of images, then reports
 * dataset-level scores with the conventions of PySODMetrics.
 *
 * <p>Scalar metrics are averaged over images. The F- and E-measure curves (256 thresholds) are
 * computed per image and averaged over images before the maximum and mean are taken; the
 * precision–recall curve is averaged the same way. Memory stays constant however many images are
 * added.
 *
 * <p>A frame whose truth has no foreground scores F = 0 at every threshold (there is nothing to
 * find), as in PySODMetrics; a perfect prediction of a set that contains such a frame therefore has
 * a max-F below 1.
 *
 * <pre>{@code
 * SaliencyMeter meter = new SaliencyMeter();
 * for (...) meter.add(predictionGray8, truthGray8, width, height);
 * SaliencyScores scores = meter.scores();
 * }</pre>
 */
public final class SaliencyMeter {
  private static final int LEVELS = ThresholdCounts.LEVELS;

  private int images;
  private double maeSum;
  private double sMeasureSum;
  private double adaptiveFSum;
  private double adaptiveESum;
  private final double[] precisionSum = new double[LEVELS];
  private final double[] recallSum = new double[LEVELS];
  private final double[] fSum = new double[LEVELS];
  private final double[] eSum = new double[LEVELS];

  /** Adds one image from stored 8-bit maps, prepared by {@link SaliencyInputs}. */
  public void add(int[] predictionGray8, int[] truthGray8, int width, int height) {
    add(
        SaliencyInputs.prediction(predictionGray8),
        SaliencyInputs.truth(truthGray8),
        width,
        height);
  }

  /** Adds one image: a soft prediction against the pixels where the truth has any object. */
  public void add(SoftMask prediction, LabelMask truth) {
    add(
        SaliencyInputs.prediction(prediction),
        SaliencyInputs.truth(truth),
        truth.width(),
        truth.height());
  }

  /** Adds one image: any predicted object against any true object. */
  public void add(LabelMask prediction, LabelMask truth) {
    add(
        SaliencyInputs.prediction(prediction),
        SaliencyInputs.truth(truth),
        truth.width(),
        truth.height());
  }

  /**
   * Adds one image.
   *
   * @param prediction saliency in [0, 1], row-major, already prepared (see {@link SaliencyInputs})
   * @param truth foreground pixels
   */
  public void add(double[] prediction, boolean[] truth, int width, int height) {
    PixelGrid.check(width, height, prediction.length, truth.length);
    double absoluteError = 0;
    for (int i = 0; i < prediction.length; i++) {
      if (!(prediction[i] >= 0 && prediction[i] <= 1)) {
        throw new IllegalArgumentException("prediction out of [0,1]: " + prediction[i]);
      }
      absoluteError += Math.abs(prediction[i] - (truth[i] ? 1 : 0));
    }
    maeSum += absoluteError / prediction.length;
    sMeasureSum += StructureMeasure.of(prediction, truth, width, height);
    AdaptiveThreshold adaptive = AdaptiveThreshold.of(prediction, truth);
    adaptiveFSum += adaptive.fMeasure();
    adaptiveESum += adaptive.eMeasure();
    ThresholdCounts counts = ThresholdCounts.of(prediction, truth);
    double[][] pr = FMeasure.curves(counts);
    addInto(precisionSum, pr[0]);
    addInto(recallSum, pr[1]);
    addInto(fSum, pr[2]);
    addInto(eSum, EMeasure.curve(counts));
    images++;
  }

  /** Adds every image another meter has seen, as if they had been added here. */
  public void addAll(SaliencyMeter other) {
    images += other.images;
    maeSum += other.maeSum;
    sMeasureSum += other.sMeasureSum;
    adaptiveFSum += other.adaptiveFSum;
    adaptiveESum += other.adaptiveESum;
    addInto(precisionSum, other.precisionSum);
    addInto(recallSum, other.recallSum);
    addInto(fSum, other.fSum);
    addInto(eSum, other.eSum);
  }

  public int images() {
    return images;
  }

  /** The scores over every image added so far; all NaN before the first. */
  public SaliencyScores scores() {
    double[] f = fMeasureCurve();
    double[] e = divided(eSum);
    return new SaliencyScores(
        maeSum / images,
        sMeasureSum / images,
        max(f),
        Means.of(f),
        adaptiveFSum / images,
        max(e),
        Means.of(e),
        adaptiveESum / images);
  }

  /** Mean precision at each threshold t = 0..255 (index = threshold). */
  public double[] precisionCurve() {
    return divided(precisionSum);
  }

  /** Mean recall at each threshold t = 0..255. */
  public double[] recallCurve() {
    return divided(recallSum);
  }

  /** Mean F-measure (β² = 0.3) at each threshold t = 0..255. */
  public double[] fMeasureCurve() {
    return divided(fSum);
  }

  private double[] divided(double[] sums) {
    double[] out = new double[sums.length];
    for (int i = 0; i < out.length; i++) {
      out[i] = sums[i] / images;
    }
    return out;
  }

  private static double max(double[] values) {
    return Arrays.stream(values).max().orElse(Double.NaN);
  }

  private static void addInto(double[] sums, double[] values) {
    for (int i = 0; i < sums.length; i++) {
      sums[i] += values[i];
    }
  }
}
