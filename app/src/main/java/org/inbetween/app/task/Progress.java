package org.inbetween.app.task;

import java.util.concurrent.CancellationException;

/**
 * What long-running work reports to, and asks whether it should stop.
 *
 * <p>Work calls {@link #update} as it goes and {@link #checkCancelled()} at safe points (between
 * frames, between files), so that cancelling never leaves half-written state: work is written to a
 * staging place first and committed only once finished.
 */
public interface Progress {
  /** A monitor that ignores reports and is never cancelled (tests, quick calls). */
  Progress NONE =
      new Progress() {
        @Override
        public void update(long done, long total, String message) {}

        @Override
        public boolean isCancelled() {
          return false;
        }
      };

  /** Reports that {@code done} of {@code total} units are finished; {@code message} says what. */
  void update(long done, long total, String message);

  /**
   * Reports a line worth keeping beside the running status: what the work found or measured ("bus:
   * 3 triples", "held-out J 0.81 before adapting"). The console prints it on a line of its own; the
   * jobs panel shows it as the job's message until the next update. Ignored by default.
   */
  default void note(String line) {}

  boolean isCancelled();

  /** Throws {@link CancellationException} if the user asked to stop. */
  default void checkCancelled() {
    if (isCancelled()) {
      throw new CancellationException("cancelled");
    }
  }
}
