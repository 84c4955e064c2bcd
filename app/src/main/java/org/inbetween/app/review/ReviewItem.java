package org.inbetween.app.review;

import java.util.Objects;
import java.util.OptionalDouble;
import org.inbetween.app.project.FrameState;

/**
 * One frame in the review queue.
 *
 * @param frame the frame index
 * @param state its state when the queue was built (PSEUDO_LABELLED unless reviewed already)
 * @param confidence the pseudo-label's confidence, if its generator recorded one
 * @param reopenedBecause why an acceptance was withdrawn (e.g. "keyframe 20 was redrawn"), when the
 *     frame's last review is a reopening; empty otherwise
 * @param disagreement 1 − IoU between a chosen model layer and the pseudo-label (see {@code
 *     ModelDisagreement}), when the queue is ordered by it and the frame has both
 */
public record ReviewItem(
    int frame,
    FrameState state,
    OptionalDouble confidence,
    String reopenedBecause,
    OptionalDouble disagreement) {
  public ReviewItem {
    Objects.requireNonNull(state, "state");
    Objects.requireNonNull(confidence, "confidence");
    Objects.requireNonNull(reopenedBecause, "reopenedBecause");
    Objects.requireNonNull(disagreement, "disagreement");
  }

  /** An item without a disagreement value. */
  public ReviewItem(
      int frame, FrameState state, OptionalDouble confidence, String reopenedBecause) {
    this(frame, state, confidence, reopenedBecause, OptionalDouble.empty());
  }

  /** True while the frame still waits for a decision. */
  public boolean isUnreviewed() {
    return state == FrameState.PSEUDO_LABELLED;
  }

  /** This item carrying {@code value} as its disagreement. */
  public ReviewItem withDisagreement(OptionalDouble value) {
    return new ReviewItem(frame, state, confidence, reopenedBecause, value);
  }
}
