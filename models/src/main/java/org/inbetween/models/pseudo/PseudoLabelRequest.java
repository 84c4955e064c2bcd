package org.inbetween.models.pseudo;

import org.inbetween.models.image.SoftMask;

/**
 * One object's pseudo-label question: what is its mask on {@code frame}, given its masks on the
 * keyframes before and after? The keyframe masks carry their own frame indices (i and j), so the
 * temporal distances are {@code frame − i} and {@code j − frame}. Binary human masks come in as
 * probabilities 0 and 1 ({@link KeyframeMasks}).
 *
 * @param frame k, strictly between the two keyframes
 * @param before the object's mask on keyframe i
 * @param after the object's mask on keyframe j
 */
public record PseudoLabelRequest(int frame, SoftMask before, SoftMask after) {
  public PseudoLabelRequest {
    if (!(before.frame() < frame && frame < after.frame())) {
      throw new IllegalArgumentException(
          "frame "
              + frame
              + " must lie strictly between keyframes "
              + before.frame()
              + " and "
              + after.frame());
    }
    if (before.width() != after.width() || before.height() != after.height()) {
      throw new IllegalArgumentException(
          "keyframe masks differ in size: " + before + " and " + after);
    }
  }

  public int width() {
    return before.width();
  }

  public int height() {
    return before.height();
  }

  /** Weight of keyframe i by temporal distance, (j − k) / (j − i): the nearer, the heavier. */
  public float weightBefore() {
    return (float) (after.frame() - frame) / (after.frame() - before.frame());
  }

  /** Weight of keyframe j by temporal distance, (k − i) / (j − i). */
  public float weightAfter() {
    return 1f - weightBefore();
  }
}
