package org.inbetween.models.fgplg;

/**
 * Probabilities and logits for FGPLG's correction formulation: the network adds its output to the
 * logit of the {@code warp} blend, so a network that outputs zero reproduces {@code warp}.
 */
public final class Logits {
  /**
   * Probabilities are clamped to [ε, 1−ε] before the logit, so a certain blend (exactly 0 or 1) is
   * about ±5.3 and a correction of that size can still overturn it. Small on purpose: every pixel
   * where the blend is certain and right costs −ln(1−ε) of BCE however good the network is, and
   * with a larger ε that floor dominates the loss and training spends itself making right pixels
   * more certain instead of fixing wrong ones.
   */
  static final float EPSILON = 0.005f;

  private Logits() {}

  /** The logit of every probability in {@code probabilities}, clamped first. */
  public static float[] of(float[] probabilities) {
    float[] out = new float[probabilities.length];
    for (int p = 0; p < out.length; p++) {
      out[p] = of(probabilities[p]);
    }
    return out;
  }

  /** ln(p / (1 − p)) of {@code probability} clamped to [ε, 1−ε]. */
  public static float of(float probability) {
    float p = Math.min(1 - EPSILON, Math.max(EPSILON, probability));
    return (float) Math.log(p / (1 - p));
  }

  /** The sigmoid of {@code logit}. */
  public static float probability(float logit) {
    return (float) (1 / (1 + Math.exp(-logit)));
  }
}
