package org.inbetween.app.editing.navigation;

/**
 * The places an annotator or reviewer jumps to from the current frame. None wraps around: at the
 * end of the video a jump finds nothing and says so.
 */
public enum Jump {
  /** The next keyframe: a keyframe slot or a frame a person labelled as a keyframe. */
  NEXT_KEYFRAME,
  /** The previous keyframe, as above. */
  PREVIOUS_KEYFRAME,
  /** The next keyframe slot without human truth: the annotator's next job. */
  NEXT_UNLABELLED_SLOT,
  /** The next pseudo-label waiting for review (PSEUDO_LABELLED). */
  NEXT_UNREVIEWED,
  /** The next frame whose pseudo-label was rejected: it needs a correction or a keyframe. */
  NEXT_REJECTED
}
