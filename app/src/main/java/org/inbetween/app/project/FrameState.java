package org.inbetween.app.project;

/**
 * Where one frame stands in the keyframe → pseudo-label → review workflow.
 *
 * <p>The state is stored so that the timeline, the review queue and the exporter all agree on which
 * frames are human ground truth and which are machine output; no other tool keeps this distinction
 * (see specs/annotation-tools.md §9). The transitions are listed in docs/formats.md.
 */
public enum FrameState {
  /** Nothing from a human, no pseudo-label. */
  UNLABELLED,
  /** A human painted a mask or marked an object absent here, without a pseudo-label before. */
  KEYFRAME,
  /** A machine pseudo-label waits for review; no human content on the frame. */
  PSEUDO_LABELLED,
  /** A reviewer accepted the pseudo-label; it was copied into the human layer. */
  ACCEPTED,
  /** A reviewer rejected the pseudo-label; it is kept, but counts for nothing. */
  REJECTED,
  /** A human edited a frame that had a pseudo-label; the human mask is ground truth. */
  CORRECTED;

  /** True where the frame's human layer (mask or absent marks) is ground truth. */
  public boolean isHumanTruth() {
    return this == KEYFRAME || this == ACCEPTED || this == CORRECTED;
  }
}
