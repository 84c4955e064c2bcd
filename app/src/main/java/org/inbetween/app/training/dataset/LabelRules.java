package org.inbetween.app.training.dataset;

import java.util.Objects;
import org.inbetween.app.exchange.export.LabelSource;

/**
 * Which exported masks training may learn from, and how much each counts. HUMAN_KEYFRAME and
 * CORRECTED masks are ground truth; ACCEPTED ones are pseudo-labels; PSEUDO_UNREVIEWED ones are
 * pseudo-labels only when {@code useUnreviewed} asks for them, else their frames count as
 * unlabelled; EXCLUDED labels (rejected, not selected, sub-sampled) never count, nor do frames the
 * manifest has no record of.
 *
 * @param useUnreviewed whether unreviewed pseudo-labels are targets ({@code --use-unreviewed})
 * @param weights the loss weight of each source's targets
 */
public record LabelRules(boolean useUnreviewed, LabelWeights weights) {
  public LabelRules {
    Objects.requireNonNull(weights, "weights");
  }

  /** Reviewed labels only, default weights. */
  public static LabelRules defaults() {
    return new LabelRules(false, LabelWeights.defaults());
  }

  /**
   * What a frame is to training.
   *
   * @param source the manifest's source for the frame, null when it has no record
   */
  public FrameRole role(LabelSource source) {
    if (source == null) {
      return FrameRole.UNLABELLED;
    }
    return switch (source) {
      case HUMAN_KEYFRAME, CORRECTED -> FrameRole.TRUTH;
      case ACCEPTED -> FrameRole.PSEUDO;
      case PSEUDO_UNREVIEWED -> useUnreviewed ? FrameRole.PSEUDO : FrameRole.UNLABELLED;
      case EXCLUDED -> FrameRole.UNLABELLED;
    };
  }

  /** The loss weight of a frame's target; 0 for a frame that has none under these rules. */
  public float weight(LabelSource source) {
    return role(source).hasTarget() ? weights.of(source) : 0f;
  }

  /** For a checkpoint's data description, e.g. "reviewed labels, weights human=1,...". */
  public String describe() {
    return (useUnreviewed ? "reviewed and unreviewed labels" : "reviewed labels only")
        + ", weights "
        + weights;
  }
}
