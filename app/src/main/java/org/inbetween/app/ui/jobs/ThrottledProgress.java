package org.inbetween.app.ui.jobs;

import java.time.Duration;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.LongSupplier;
import org.inbetween.app.task.Eta;
import org.inbetween.app.task.Progress;

/**
 * The {@link Progress} a job reports to from its worker thread. Reports are cheap for the worker
 * (one atomic write); at most one per {@link #interval} reaches the JavaFX thread, carrying the
 * latest values, so a job that reports every pixel row cannot flood the UI. The last report is
 * always shown when the job ends ({@link #flush()}).
 */
final class ThrottledProgress implements Progress {
  private record Report(long done, long total, String message, long at) {}

  private final JobEntry entry;
  private final Executor fx;
  private final LongSupplier nanoClock;
  private final long interval;
  private final long startedAt;
  private final AtomicReference<Report> latest = new AtomicReference<>();
  private final AtomicBoolean posted = new AtomicBoolean();
  private volatile long lastPostAt = Long.MIN_VALUE;

  ThrottledProgress(JobEntry entry, Executor fx, LongSupplier nanoClock, Duration interval) {
    this.entry = entry;
    this.fx = fx;
    this.nanoClock = nanoClock;
    this.interval = interval.toNanos();
    this.startedAt = nanoClock.getAsLong();
  }

  @Override
  public void update(long done, long total, String message) {
    long now = nanoClock.getAsLong();
    latest.set(new Report(done, total, message == null ? "" : message, now));
    if (lastPostAt != Long.MIN_VALUE && now - lastPostAt < interval) {
      return;
    }
    if (!posted.getAndSet(true)) {
      lastPostAt = now;
      fx.execute(
          () -> {
            posted.set(false);
            show();
          });
    }
  }

  @Override
  public boolean isCancelled() {
    return entry.isCancelled();
  }

  /** Shows the latest report; call on the JavaFX thread when the job ends. */
  void flush() {
    show();
  }

  private void show() {
    Report report = latest.get();
    if (report == null) {
      return;
    }
    double fraction =
        report.total() > 0
            ? Math.min(1, Math.max(0, (double) report.done() / report.total()))
            : JobEntry.UNKNOWN;
    Duration eta =
        Eta.remaining(report.at() - startedAt, report.done(), report.total()).orElse(null);
    entry.report(fraction, report.message(), eta);
  }
}
