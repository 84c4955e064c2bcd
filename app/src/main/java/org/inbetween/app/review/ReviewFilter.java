package org.inbetween.app.review;

import java.util.EnumSet;
import java.util.Set;
import org.inbetween.app.project.FrameRecord;
import org.inbetween.app.project.FrameState;

/** Which pseudo-labelled frames the review queue lists. */
public enum ReviewFilter {
  /** Only frames that wait for a decision: the normal review pass. */
  UNREVIEWED,
  /** Also frames decided already, to revisit a decision or to audit a colleague's. */
  ALL;

  private static final Set<FrameState> DECIDED =
      EnumSet.of(FrameState.ACCEPTED, FrameState.REJECTED, FrameState.CORRECTED);

  /**
   * True if {@code record} belongs in the queue. A CORRECTED frame without a review history was
   * edited by hand before anyone reviewed it, so it is not part of the review record.
   */
  boolean admits(FrameRecord record) {
    if (record.state() == FrameState.PSEUDO_LABELLED) {
      return true;
    }
    return this == ALL && DECIDED.contains(record.state()) && !record.reviews().isEmpty();
  }
}
