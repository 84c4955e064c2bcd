package org.inbetween.app.review;

import org.inbetween.app.project.FrameRecord;
import org.inbetween.app.project.Project;

/**
 * How far the review has come, for the counters that stay on screen.
 *
 * @param accepted frames whose pseudo-label was accepted
 * @param rejected frames whose pseudo-label was rejected
 * @param corrected frames a person fixed after they were pseudo-labelled
 * @param remaining frames still waiting for a decision
 */
public record ReviewCounts(int accepted, int rejected, int corrected, int remaining) {
  /** Counts the frame states of {@code project}. */
  public static ReviewCounts of(Project project) {
    int accepted = 0;
    int rejected = 0;
    int corrected = 0;
    int remaining = 0;
    for (FrameRecord record : project.frames().values()) {
      switch (record.state()) {
        case ACCEPTED -> accepted++;
        case REJECTED -> rejected++;
        case CORRECTED -> corrected++;
        case PSEUDO_LABELLED -> remaining++;
        default -> {
          // keyframes and untouched frames are not part of the review
        }
      }
    }
    return new ReviewCounts(accepted, rejected, corrected, remaining);
  }
}
