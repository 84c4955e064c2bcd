package org.inbetween.models.pseudo;

import java.util.Collection;
import org.inbetween.models.image.SoftMask;

/**
 * How sure a generated frame is of itself: the mean decisiveness {@code |2p − 1|} of the soft masks
 * over the pixels where any object is plausible ({@code p > 0.05}). Where the two warped keyframes
 * agree the blend is near 0 or 1 and the score near 1; where they disagree (occlusion, fast motion,
 * a failed flow) the blend sits near 0.5 and the score drops. Review uses it to show the worst
 * frames first; a frame with no plausible pixel at all scores 1 (nothing to doubt).
 */
public final class MaskConfidence {
  /** Probabilities at or below this are treated as certain background and do not count. */
  static final float PLAUSIBLE = 0.05f;

  private MaskConfidence() {}

  /** The score in [0, 1] of one frame's per-object soft masks. */
  public static double of(Collection<SoftMask> objects) {
    double sum = 0;
    long count = 0;
    for (SoftMask mask : objects) {
      for (float p : mask.probabilities()) {
        if (p > PLAUSIBLE) {
          sum += Math.abs(2 * p - 1);
          count++;
        }
      }
    }
    return count == 0 ? 1 : sum / count;
  }
}
