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
 */
public record ReviewItem(
    int frame, FrameState state, OptionalDouble confidence, String reopenedBecause) {
  public ReviewItem {
    Objects.requireNonNull(state, "state");
    Objects.requireNonNull(confidence, "confidence");
    Objects.requireNonNull(reopenedBecause, "reopenedBecause");
  }

  /** True while the frame still waits for a decision. */
  public boolean isUnreviewed() {
    return state == FrameState.PSEUDO_LABELLED;
  }
}
