package org.inbetween.app.exchange.export;

import org.inbetween.app.task.Progress;

/** Counts exported frames over all sequences of an export and reports them as one progress. */
final class FrameCounter {
  private final Progress progress;
  private final long total;
  private long done;

  FrameCounter(Progress progress, long total) {
    this.progress = progress;
    this.total = total;
  }

  /** Stops the export here if the user asked to. */
  void checkCancelled() {
    progress.checkCancelled();
  }

  void frameDone(String message) {
    progress.update(++done, total, message);
  }

  long done() {
    return done;
  }
}
