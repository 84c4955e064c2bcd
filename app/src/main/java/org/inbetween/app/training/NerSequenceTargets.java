package org.inbetween.app.training;

import java.io.IOException;
import org.inbetween.models.flow.Frames;
import org.inbetween.models.image.LabelMask;
import org.inbetween.models.image.SoftMask;

/**
 * Which frames of a DAVIS sequence carry an RCRNet+NER target, and what it is: the ground truth
 * every l-th frame (with or without pseudo-labels between), or a teacher's map on every frame.
 */
interface NerSequenceTargets {
  /** Whether frame {@code frame} of a {@code frameCount}-frame sequence has a target. */
  boolean has(int frame, int frameCount);

  /** The loss weight of frame {@code frame}'s target. */
  float weight(int frame);

  /**
   * Frame {@code frame}'s target at any size.
   *
   * @param sequence the sequence's name, for generators kept per sequence
   * @param frames the sequence's frames
   * @param truth the sequence's ground truth by frame index
   */
  SoftMask target(String sequence, int frame, Frames frames, Truth truth) throws IOException;

  /** The ground truth of one sequence, read on demand. */
  @FunctionalInterface
  interface Truth {
    LabelMask of(int frame) throws IOException;
  }
}
