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
 */
public record ReviewItem(int frame, FrameState state, OptionalDouble confidence) {
  public ReviewItem {
    Objects.requireNonNull(state, "state");
    Objects.requireNonNull(confidence, "confidence");
  }

  /** True while the frame still waits for a decision. */
  public boolean isUnreviewed() {
    return state == FrameState.PSEUDO_LABELLED;
  }
}
