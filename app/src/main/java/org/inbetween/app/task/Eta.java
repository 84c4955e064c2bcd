package org.inbetween.app.task;

import java.time.Duration;
import java.util.Optional;

/**
 * The estimated time left of a job, from its average rate so far: {@code elapsed * (total - done) /
 * done}. The average over the whole run, not the last step, because work like pseudo-labelling has
 * uneven steps and a jumping estimate is worse than a slightly late one. Shared by the jobs panel
 * and the tasks that put their own estimate in their message (training, where example building
 * before the first step would skew the panel's).
 */
public final class Eta {
  private Eta() {}

  /** Empty until there is a rate to go by (nothing done yet, or no total known). */
  public static Optional<Duration> remaining(long elapsedNanos, long done, long total) {
    if (done <= 0 || total <= 0 || elapsedNanos <= 0) {
      return Optional.empty();
    }
    long left = Math.max(0, total - done);
    double nanos = (double) elapsedNanos * left / done;
    return Optional.of(Duration.ofNanos((long) Math.min(nanos, Long.MAX_VALUE)));
  }

  /** "0:42", "12:05", "1:02:07". */
  public static String format(Duration remaining) {
    long seconds = (remaining.toNanos() + 999_999_999L) / 1_000_000_000L;
    long hours = seconds / 3600;
    long minutes = seconds / 60 % 60;
    long secs = seconds % 60;
    return hours > 0
        ? String.format("%d:%02d:%02d", hours, minutes, secs)
        : String.format("%d:%02d", minutes, secs);
  }
}
