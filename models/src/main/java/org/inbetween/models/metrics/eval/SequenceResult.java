package org.inbetween.models.metrics.eval;

import java.util.List;
import org.inbetween.models.metrics.SaliencyScores;

/**
 * The scores of one sequence, or of the whole evaluation (named {@code ALL}).
 *
 * <p>J and F are means over objects of each object's mean over frames, as DAVIS computes them: a
 * sequence with two objects weighs each object equally, and {@code ALL} weighs every object of
 * every sequence equally (the same as a mean over sequences when each has one object). J&amp;F is
 * {@code (J + F) / 2}. The saliency scores pool frames: every frame counts once, whatever its
 * sequence.
 *
 * @param name the sequence name, or {@code ALL}
 * @param frames frames evaluated
 * @param objects per-object DAVIS statistics
 * @param saliency MAE, F-, S- and E-measure with "any object" as foreground
 * @param precision mean precision at thresholds 0..255
 * @param recall mean recall at thresholds 0..255
 */
public record SequenceResult(
    String name,
    int frames,
    List<ObjectResult> objects,
    SaliencyScores saliency,
    double[] precision,
    double[] recall) {
  public static final String OVERALL = "ALL";

  public SequenceResult {
    objects = List.copyOf(objects);
    precision = precision.clone();
    recall = recall.clone();
  }

  /** Mean region similarity J over objects. */
  public double j() {
    return objects.stream().mapToDouble(o -> o.j().mean()).average().orElse(Double.NaN);
  }

  /** Mean boundary accuracy F over objects. */
  public double f() {
    return objects.stream().mapToDouble(o -> o.f().mean()).average().orElse(Double.NaN);
  }

  /**
   * J on each frame, the mean over the objects: every object of one sequence is scored on every
   * frame, so the traces line up.
   *
   * @throws IllegalStateException for the {@code ALL} row, whose objects come from sequences of
   *     different lengths
   */
  public double[] frameJ() {
    double[] mean = new double[frames];
    for (ObjectResult object : objects) {
      double[] j = object.jPerFrame();
      if (j.length != frames) {
        throw new IllegalStateException("a per-frame J trace is per sequence, not for " + name);
      }
      for (int k = 0; k < frames; k++) {
        mean[k] += j[k] / objects.size();
      }
    }
    return mean;
  }

  /** J&amp;F, the DAVIS headline number. */
  public double jAndF() {
    return (j() + f()) / 2;
  }
}
