package org.inbetween.app.quality;

import org.inbetween.app.project.FrameState;

/**
 * What the quality estimate says about one frame.
 *
 * @param frame the frame index
 * @param state its workflow state
 * @param confidence the confidence its pseudo-label recorded; NaN when it has none
 * @param gapBefore the human keyframe before it, when it lies in a gap; -1 otherwise (it is a human
 *     keyframe itself, or lies before the first or after the last)
 * @param gapAfter the human keyframe after it; -1 when {@code gapBefore} is
 * @param looJ the leave-one-out J it inherits from its gap ({@link InheritedLoo}); NaN when unknown
 * @param estimate {@link EstimateRule#apply} of the two; NaN for frames outside every gap
 */
public record FrameEstimate(
    int frame,
    FrameState state,
    double confidence,
    int gapBefore,
    int gapAfter,
    double looJ,
    double estimate) {
  /** Whether the frame lies strictly between two human keyframes. */
  public boolean inGap() {
    return gapBefore >= 0;
  }
}
