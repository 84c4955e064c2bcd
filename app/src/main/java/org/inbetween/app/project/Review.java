package org.inbetween.app.project;

import java.time.Instant;
import java.util.Objects;

/**
 * One review decision on a frame's pseudo-label, kept forever in the frame's history.
 *
 * @param decision accept, reject or correct
 * @param reviewer who decided
 * @param time when
 * @param reason why (rejections); empty if none was given
 */
public record Review(Decision.Kind decision, String reviewer, Instant time, String reason) {
  public Review {
    Objects.requireNonNull(decision, "decision");
    Objects.requireNonNull(reviewer, "reviewer");
    Objects.requireNonNull(time, "time");
    Objects.requireNonNull(reason, "reason");
  }
}
