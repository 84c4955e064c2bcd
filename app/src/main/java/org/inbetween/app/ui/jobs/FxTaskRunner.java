package org.inbetween.app.ui.jobs;

import java.time.Duration;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;
import javafx.application.Platform;
import javafx.beans.Observable;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.inbetween.app.task.Task;
import org.inbetween.app.task.TaskRunner;

/**
 * The JavaFX {@link TaskRunner}: runs tasks on a small pool of daemon workers and shows each as a
 * {@link JobEntry} in the jobs panel, with progress, ETA and cancel. The JavaFX thread never waits
 * for a job; every change of a job entry and every completion happens on it.
 *
 * <pre>{@code
 * FxTaskRunner jobs = FxTaskRunner.create(2);
 * jobs.runAsync(importTask).thenAccept(summary -> status.setText(summary.toString()));
 * }</pre>
 *
 * <p>The pool is bounded: more jobs than workers wait as {@link JobState#QUEUED}, since two
 * pseudo-labelling runs side by side on a laptop only make both slower.
 *
 * <p>{@link #close()} cancels every job and waits for the workers to stop before it returns. A job
 * owns native memory (a libtorch model, OpenCV matrices, an FFmpeg decoder) and frees it when it
 * stops; were the window to close the project or the process to exit while a job still ran, the
 * process would free that memory twice and abort ({@code free(): invalid pointer}).
 */
public final class FxTaskRunner implements TaskRunner, AutoCloseable {
  /** At most one progress update per job per interval reaches the UI (20 per second). */
  public static final Duration UPDATE_INTERVAL = Duration.ofMillis(50);

  /**
   * How long {@link #close()} waits for cancelled jobs to reach their next safe point (a frame, a
   * training step); only a job stuck in one step longer than this is left running.
   */
  public static final Duration CLOSE_PATIENCE = Duration.ofSeconds(60);

  private final Executor workers;
  private final ExecutorService ownedPool;
  private final Executor fx;
  private final LongSupplier nanoClock;
  private final ObservableList<JobEntry> jobs =
      FXCollections.observableArrayList(job -> new Observable[] {job.stateProperty()});
  // Made once: a read-only view listens to its list weakly, so a view made per call could be
  // collected together with the listeners put on it, which would then hear nothing.
  private final ObservableList<JobEntry> jobsView = FXCollections.unmodifiableObservableList(jobs);

  /** Jobs not yet ended, tracked off the JavaFX thread so that close() sees a job just started. */
  private final Set<JobEntry> live = ConcurrentHashMap.newKeySet();

  /**
   * @param workers runs the jobs
   * @param fx runs UI updates in order ({@code Platform::runLater}; same-thread in tests)
   * @param nanoClock the time ETAs and throttling are measured with ({@code System::nanoTime})
   */
  public FxTaskRunner(Executor workers, Executor fx, LongSupplier nanoClock) {
    this(workers, null, fx, nanoClock);
  }

  private FxTaskRunner(
      Executor workers, ExecutorService ownedPool, Executor fx, LongSupplier nanoClock) {
    this.workers = Objects.requireNonNull(workers, "workers");
    this.ownedPool = ownedPool;
    this.fx = Objects.requireNonNull(fx, "fx");
    this.nanoClock = Objects.requireNonNull(nanoClock, "nanoClock");
  }

  /** The runner of the window: {@code threads} daemon workers, updates via Platform.runLater. */
  public static FxTaskRunner create(int threads) {
    ExecutorService pool =
        Executors.newFixedThreadPool(threads, DaemonThreads.named("inbetween-job-"));
    return new FxTaskRunner(pool, pool, Platform::runLater, System::nanoTime);
  }

  /**
   * The jobs, oldest first; changes on the JavaFX thread only, and reports an update when a job's
   * state changes.
   */
  public ObservableList<JobEntry> jobs() {
    return jobsView;
  }

  /**
   * Starts {@code task} in the background and returns at once. The future completes on the JavaFX
   * thread with the task's result, or exceptionally with what it threw ({@link
   * CancellationException} when cancelled); cancelling the future cancels the job.
   */
  public <T> CompletableFuture<T> runAsync(Task<T> task) {
    JobEntry entry = new JobEntry(task.title());
    live.add(entry);
    CompletableFuture<T> future = new CompletableFuture<>();
    future.whenComplete(
        (result, failure) -> {
          if (future.isCancelled()) {
            fx.execute(entry::cancel);
          }
        });
    fx.execute(() -> jobs.add(entry));
    try {
      workers.execute(() -> work(task, entry, future));
    } catch (RejectedExecutionException e) {
      live.remove(entry);
      fx.execute(() -> end(entry, JobState.FAILED, "the job runner is closed", future, e));
    }
    return future;
  }

  /**
   * Runs {@code task} in the background and waits for it: for code that is itself off the JavaFX
   * thread. On the JavaFX thread it would freeze the window, so it is refused there.
   */
  @Override
  public <T> T run(Task<T> task) throws Exception {
    if (Platform.isFxApplicationThread()) {
      throw new IllegalStateException(
          "run() waits for \"" + task.title() + "\"; on the JavaFX thread use runAsync()");
    }
    try {
      return runAsync(task).get();
    } catch (ExecutionException e) {
      throw e.getCause() instanceof Exception cause ? cause : e;
    }
  }

  /** Removes the jobs that have ended from the list. */
  public void clearFinished() {
    jobs.removeIf(job -> job.state().isFinished());
  }

  /**
   * Cancels every job and, if this runner created its pool, waits up to {@link #CLOSE_PATIENCE} for
   * the workers to stop: each running job ends at its next safe point and frees its native memory
   * on its own thread. Call on the JavaFX thread; the completions of the cancelled jobs arrive
   * there afterwards.
   */
  @Override
  public void close() {
    live.forEach(JobEntry::cancel);
    if (ownedPool == null) {
      return;
    }
    ownedPool.shutdown();
    try {
      if (!ownedPool.awaitTermination(CLOSE_PATIENCE.toMillis(), TimeUnit.MILLISECONDS)) {
        ownedPool.shutdownNow();
      }
    } catch (InterruptedException e) {
      ownedPool.shutdownNow();
      Thread.currentThread().interrupt();
    }
  }

  private <T> void work(Task<T> task, JobEntry entry, CompletableFuture<T> future) {
    try {
      runAndReport(task, entry, future);
    } finally {
      live.remove(entry);
    }
  }

  private <T> void runAndReport(Task<T> task, JobEntry entry, CompletableFuture<T> future) {
    if (entry.isCancelled()) {
      fx.execute(() -> end(entry, JobState.CANCELLED, null, future, cancelled(task)));
      return;
    }
    fx.execute(entry::started);
    ThrottledProgress progress = new ThrottledProgress(entry, fx, nanoClock, UPDATE_INTERVAL);
    try {
      T result = task.run(progress);
      fx.execute(
          () -> {
            progress.flush();
            entry.finished(JobState.DONE, null);
            future.complete(result);
          });
    } catch (CancellationException e) {
      fx.execute(
          () -> {
            progress.flush();
            end(entry, JobState.CANCELLED, null, future, e);
          });
    } catch (Exception | Error e) {
      String why = e.getMessage() == null ? e.toString() : e.getMessage();
      fx.execute(
          () -> {
            progress.flush();
            end(entry, JobState.FAILED, why, future, e);
          });
    }
  }

  private static void end(
      JobEntry entry, JobState state, String text, CompletableFuture<?> future, Throwable why) {
    entry.finished(state, text);
    future.completeExceptionally(why);
  }

  private static CancellationException cancelled(Task<?> task) {
    return new CancellationException(task.title() + " was cancelled before it started");
  }
}
