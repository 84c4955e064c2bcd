package org.inbetween.app.project.store;

import java.lang.System.Logger.Level;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;

/**
 * Debounced background checkpoints: a burst of strokes produces one checkpoint shortly after it
 * ends, and steady editing still checkpoints every {@code maxDelay}. Failures are logged and the
 * next edit tries again; the journal keeps the edits safe meanwhile.
 */
final class Autosave implements AutoCloseable {
  /** The work to run; may fail. */
  interface Checkpoint {
    void run() throws Exception;
  }

  private static final System.Logger LOG = System.getLogger(Autosave.class.getName());
  private final ScheduledThreadPoolExecutor executor;
  private final Checkpoint checkpoint;
  private final StoreOptions options;
  private ScheduledFuture<?> scheduled;
  private long firstUnsavedNanos = -1;

  Autosave(String name, Checkpoint checkpoint, StoreOptions options) {
    this.checkpoint = checkpoint;
    this.options = options;
    ThreadFactory daemons =
        r -> {
          Thread thread = Executors.defaultThreadFactory().newThread(r);
          thread.setName("autosave " + name);
          thread.setDaemon(true);
          return thread;
        };
    this.executor = new ScheduledThreadPoolExecutor(1, daemons);
    executor.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
  }

  /** Called after every edit; {@code urgent} asks for a checkpoint as soon as possible. */
  synchronized void editMade(boolean urgent) {
    long now = System.nanoTime();
    if (firstUnsavedNanos < 0) {
      firstUnsavedNanos = now;
    }
    long untilMax = firstUnsavedNanos + options.maxDelay().toNanos() - now;
    long delay = urgent ? 0 : Math.max(0, Math.min(options.quietPeriod().toNanos(), untilMax));
    if (scheduled != null) {
      scheduled.cancel(false);
    }
    scheduled = executor.schedule(this::runCheckpoint, delay, TimeUnit.NANOSECONDS);
  }

  private void runCheckpoint() {
    synchronized (this) {
      firstUnsavedNanos = -1;
    }
    try {
      checkpoint.run();
    } catch (Exception e) {
      LOG.log(Level.WARNING, "autosave failed; the journal still holds every edit", e);
    }
  }

  /**
   * Stops background checkpoints, waiting for one in progress. It is not interrupted: an interrupt
   * would abort its file writes halfway (harmless, but wasted).
   */
  @Override
  public void close() throws InterruptedException {
    executor.shutdown();
    executor.awaitTermination(1, TimeUnit.MINUTES);
  }
}
