package org.inbetween.models.kmn;

/**
 * How {@code kmn-warp} weighs the {@code warp} blend w against the memory read k between two
 * keyframes, {@code p = c·w + (1 − c)·k}: what c is. Both were run on the DAVIS val split
 * (docs/benchmarks.md, "kmn on the val split").
 */
public enum Fusion {
  /**
   * {@code c = |2w − 1|}, the blend's own certainty: where both sides' warps agree the flow keeps
   * its sharp edges; where they disagree (one side lost the object, an occlusion) the read decides.
   * Blind where both sides agree and are wrong.
   */
  CERTAINTY,
  /**
   * {@code c} = the carried trust of the two sides, weighted as the blend weighs them (the temporal
   * weights), over 0.25 and at most 1: the trust is the product of the flow's forward–backward
   * consistencies along each chain, so a chain that crossed an occlusion hands over to the read
   * even where both sides agree. The one-sided {@code propagate} uses the same rule with its one
   * side's trust.
   */
  TRUST;

  /** The fusion named by its label ({@code certainty} or {@code trust}), case-insensitive. */
  public static Fusion parse(String label) {
    return OptionLabels.parse(values(), label, "kmn-warp fusion");
  }

  /** The name on the command line and in a pseudo-label's provenance. */
  public String label() {
    return OptionLabels.label(this);
  }
}
