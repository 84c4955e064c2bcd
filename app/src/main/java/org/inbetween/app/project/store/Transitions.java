package org.inbetween.app.project.store;

import static org.inbetween.app.project.FrameState.ACCEPTED;
import static org.inbetween.app.project.FrameState.CORRECTED;
import static org.inbetween.app.project.FrameState.KEYFRAME;
import static org.inbetween.app.project.FrameState.PSEUDO_LABELLED;
import static org.inbetween.app.project.FrameState.REJECTED;
import static org.inbetween.app.project.FrameState.UNLABELLED;

import java.util.EnumSet;
import java.util.Set;
import org.inbetween.app.project.Decision;
import org.inbetween.app.project.FrameState;

/**
 * The frame state machine, as pure functions so that live edits and journal replay cannot differ.
 * The same table is in docs/formats.md.
 */
final class Transitions {
  private static final Set<FrameState> REVIEWABLE = EnumSet.of(PSEUDO_LABELLED, REJECTED);
  private static final Set<FrameState> CORRECTABLE =
      EnumSet.of(PSEUDO_LABELLED, REJECTED, ACCEPTED, CORRECTED);

  private Transitions() {}

  /** After a human paints a mask or marks an object absent. */
  static FrameState afterHumanEdit(FrameState state) {
    return state == UNLABELLED || state == KEYFRAME ? KEYFRAME : CORRECTED;
  }

  /**
   * After a machine writes the frame's pseudo-label: only frames without human truth wait for
   * review.
   */
  static FrameState afterPseudoLabel(FrameState state) {
    return state == UNLABELLED || state == REJECTED ? PSEUDO_LABELLED : state;
  }

  /**
   * After a person's drawn mask is cleared (undo of a frame's first edit). Absent marks left on the
   * frame are still human work: the state stays. Otherwise the frame goes back to what its machine
   * and review history alone make it: REJECTED if its last review rejected the pseudo-label,
   * PSEUDO_LABELLED if it has one, else UNLABELLED. (Frames whose human mask came from an accepting
   * or correcting review are never cleared; the store refuses.)
   */
  static FrameState afterHumanMaskCleared(
      FrameState state, boolean absentMarksLeft, boolean lastReviewRejected, boolean pseudoLabel) {
    if (absentMarksLeft) {
      return state;
    }
    return lastReviewRejected ? REJECTED : pseudoLabel ? PSEUDO_LABELLED : UNLABELLED;
  }

  /** The states from which {@code decision} may be taken. */
  static Set<FrameState> allowedBefore(Decision.Kind decision) {
    return switch (decision) {
      case CORRECT -> CORRECTABLE;
      case REOPEN -> EnumSet.of(ACCEPTED);
      case ACCEPT, REJECT -> REVIEWABLE;
    };
  }

  static FrameState after(Decision.Kind decision) {
    return switch (decision) {
      case ACCEPT -> ACCEPTED;
      case REJECT -> REJECTED;
      case CORRECT -> CORRECTED;
      case REOPEN -> PSEUDO_LABELLED;
    };
  }
}
