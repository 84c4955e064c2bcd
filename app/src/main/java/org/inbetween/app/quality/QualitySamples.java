package org.inbetween.app.quality;

import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

/**
 * What {@link QualityBenchmark} measured on the generated frames of one sequence (or of several,
 * {@linkplain #pooled pooled}): per frame its true J, its confidence and the leave-one-out J it
 * inherits, in the same order.
 *
 * @param sequence the sequence, or {@code POOLED}
 * @param interval l, the keyframe spacing
 * @param method the generator
 * @param trueJ each frame's J against the ground truth, mean over the sequence's objects
 * @param confidence each frame's confidence
 * @param looJ each frame's inherited leave-one-out J (NaN where none)
 * @param keyframeLooJ the leave-one-out J of every keyframe left out
 */
public record QualitySamples(
    String sequence,
    int interval,
    String method,
    double[] trueJ,
    double[] confidence,
    double[] looJ,
    double[] keyframeLooJ) {
  public static final String POOLED = "POOLED";

  public QualitySamples {
    if (trueJ.length != confidence.length || trueJ.length != looJ.length) {
      throw new IllegalArgumentException("per-frame samples differ in length");
    }
  }

  /** Every frame of {@code parts} as one sample: does the estimate rank frames across videos? */
  public static QualitySamples pooled(List<QualitySamples> parts) {
    QualitySamples first = parts.get(0);
    return new QualitySamples(
        POOLED,
        first.interval,
        first.method,
        concat(parts, QualitySamples::trueJ),
        concat(parts, QualitySamples::confidence),
        concat(parts, QualitySamples::looJ),
        concat(parts, QualitySamples::keyframeLooJ));
  }

  /** Each frame's estimate by {@code rule}. */
  public double[] estimate(EstimateRule rule) {
    double[] estimate = new double[trueJ.length];
    Arrays.setAll(estimate, i -> rule.apply(confidence[i], looJ[i]));
    return estimate;
  }

  private static double[] concat(
      List<QualitySamples> parts, Function<QualitySamples, double[]> of) {
    return parts.stream().map(of).flatMapToDouble(Arrays::stream).toArray();
  }
}
