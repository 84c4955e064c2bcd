package org.inbetween.app.training.dataset;

/**
 * What a frame of an export is to training, decided by its manifest record and the {@link
 * LabelRules}: the label source says where a mask came from, the role says whether training may
 * learn from it.
 */
public enum FrameRole {
  /** A mask a person drew or corrected: ground truth. */
  TRUTH,
  /** A machine mask used as a target: accepted by a reviewer, or unreviewed when asked for. */
  PSEUDO,
  /** No usable mask: never labelled, excluded, or an unreviewed pseudo-label not asked for. */
  UNLABELLED;

  /** True for the roles whose mask may be a training target (or an FGPLG keyframe). */
  public boolean hasTarget() {
    return this != UNLABELLED;
  }
}
