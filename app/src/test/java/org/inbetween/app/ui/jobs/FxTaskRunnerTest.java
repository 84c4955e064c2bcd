package org.inbetween.app.ui.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Queue;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import javafx.collections.ListChangeListener;
import org.inbetween.app.task.Eta;
import org.inbetween.app.task.Task;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The runner's logic with a fake clock and same-thread executors: every job runs inside {@code
 * runAsync}, every UI update is counted, and nothing depends on real time.
 */
class FxTaskRunnerTest {
  private final AtomicLong nanos = new AtomicLong(1_000_000_000L);
  private final AtomicInteger uiUpdates = new AtomicInteger();
  private final Executor fx =
      work -> {
        uiUpdates.incrementAndGet();
        work.run();
      };
  private final FxTaskRunner runner = new FxTaskRunner(Runnable::run, fx, nanos::get);

  private JobEntry onlyJob() {
    assertEquals(1, runner.jobs().size());
    return runner.jobs().get(0);
  }

  @Test
  void aListenerOnTheJobsStillHearsAfterAGarbageCollection() {
    AtomicInteger heard = new AtomicInteger();
    runner.jobs().addListener((ListChangeListener<JobEntry>) change -> heard.incrementAndGet());
    System.gc(); // a read-only view made per call, and the listener with it, would be gone now
    runner.runAsync(Task.of("Scan", progress -> "ok"));
    assertTrue(heard.get() > 0, "the jobs panel would never show the job");
  }

  @Test
  void theEtaFollowsTheAverageRate() throws Exception {
    CompletableFuture<String> done =
        runner.runAsync(
            Task.of(
                "Pseudo-label bus",
                progress -> {
                  nanos.addAndGet(Duration.ofSeconds(10).toNanos());
                  progress.update(25, 100, "frame 25");
                  JobEntry job = onlyJob();
                  assertEquals(JobState.RUNNING, job.state());
                  assertEquals(0.25, job.progressProperty().get(), 1e-9);
                  assertEquals(Duration.ofSeconds(30), job.etaProperty().get());
                  assertEquals("frame 25", job.messageProperty().get());
                  nanos.addAndGet(Duration.ofSeconds(10).toNanos());
                  progress.update(75, 100, "frame 75");
                  assertEquals(Duration.ofNanos(6_666_666_666L), job.etaProperty().get());
                  return "ok";
                }));
    assertEquals("ok", done.get());
    JobEntry job = onlyJob();
    assertEquals(JobState.DONE, job.state());
    assertEquals(1.0, job.progressProperty().get());
    assertNull(job.etaProperty().get(), "no estimate once finished");
  }

  @Test
  void withoutATotalTheProgressIsUnknown() {
    runner.runAsync(
        Task.of(
            "Scan",
            progress -> {
              nanos.addAndGet(1_000_000_000L);
              progress.update(7, 0, "7 files");
              assertEquals(JobEntry.UNKNOWN, onlyJob().progressProperty().get());
              assertNull(onlyJob().etaProperty().get());
              return null;
            }));
  }

  @Test
  void atMostTwentyUpdatesASecondReachTheUi() throws Exception {
    runner.runAsync(
        Task.of(
            "Import",
            progress -> {
              uiUpdates.set(0);
              for (int i = 1; i <= 1000; i++) {
                nanos.addAndGet(1_000_000L); // one report per millisecond, for one second
                progress.update(i, 1000, "frame " + i);
              }
              assertEquals(20, uiUpdates.get());
              return null;
            }));
    JobEntry job = onlyJob();
    assertEquals("frame 1000", job.messageProperty().get(), "the last report is always shown");
    assertEquals(1.0, job.progressProperty().get());
  }

  @Test
  void cancellingStopsTheJobAtItsNextSafePoint() {
    AtomicInteger steps = new AtomicInteger();
    CompletableFuture<Void> future =
        runner.runAsync(
            Task.of(
                "Export",
                progress -> {
                  for (int i = 0; i < 100; i++) {
                    progress.checkCancelled();
                    steps.incrementAndGet();
                    if (i == 3) {
                      onlyJob().cancel();
                      assertTrue(onlyJob().cancelRequestedProperty().get());
                    }
                  }
                  return null;
                }));
    assertEquals(4, steps.get());
    assertEquals(JobState.CANCELLED, onlyJob().state());
    assertThrows(CancellationException.class, future::get);
  }

  @Test
  void aQueuedJobCancelledNeverStarts() {
    Queue<Runnable> pending = new ArrayDeque<>();
    FxTaskRunner queued = new FxTaskRunner(pending::add, Runnable::run, nanos::get);
    AtomicBoolean ran = new AtomicBoolean();
    CompletableFuture<Object> future =
        queued.runAsync(
            Task.of(
                "Train",
                progress -> {
                  ran.set(true);
                  return null;
                }));
    JobEntry job = queued.jobs().get(0);
    assertEquals(JobState.QUEUED, job.state());
    job.cancel();
    pending.remove().run();
    assertFalse(ran.get());
    assertEquals(JobState.CANCELLED, job.state());
    assertTrue(future.isCompletedExceptionally());
  }

  @Test
  void cancellingTheFutureCancelsTheJob() {
    Queue<Runnable> pending = new ArrayDeque<>();
    FxTaskRunner queued = new FxTaskRunner(pending::add, Runnable::run, nanos::get);
    CompletableFuture<Object> future = queued.runAsync(Task.of("Train", progress -> null));
    future.cancel(true);
    assertTrue(queued.jobs().get(0).cancelRequestedProperty().get());
    pending.remove().run();
    assertEquals(JobState.CANCELLED, queued.jobs().get(0).state());
  }

  @Test
  void aFailureIsShownWithItsMessage() {
    CompletableFuture<Object> future =
        runner.runAsync(
            Task.of(
                "Import clip.mp4",
                progress -> {
                  throw new IOException("clip.mp4: no video stream");
                }));
    JobEntry job = onlyJob();
    assertEquals(JobState.FAILED, job.state());
    assertEquals("clip.mp4: no video stream", job.messageProperty().get());
    ExecutionException thrown = assertThrows(ExecutionException.class, future::get);
    assertInstanceOf(IOException.class, thrown.getCause());
  }

  @Test
  void finishedJobsCanBeCleared() {
    Queue<Runnable> pending = new ArrayDeque<>();
    FxTaskRunner queued = new FxTaskRunner(pending::add, Runnable::run, nanos::get);
    queued.runAsync(Task.of("first", progress -> 1));
    queued.runAsync(Task.of("second", progress -> 2));
    pending.remove().run();
    queued.clearFinished();
    assertEquals(1, queued.jobs().size());
    assertEquals("second", queued.jobs().get(0).title());
  }

  @Test
  void runWaitsForTheResultOnARealPool() throws Exception {
    try (FxTaskRunner pool =
        new FxTaskRunner(
            java.util.concurrent.ForkJoinPool.commonPool(), Runnable::run, System::nanoTime)) {
      assertEquals(Integer.valueOf(42), pool.run(Task.of("Answer", progress -> 42)));
      IOException failure =
          assertThrows(
              IOException.class,
              () ->
                  pool.run(
                      Task.of(
                          "Broken",
                          progress -> {
                            throw new IOException("disk full");
                          })));
      assertEquals("disk full", failure.getMessage());
    }
  }

  @Test
  void theWindowRunnerUsesNamedDaemonThreads() throws Exception {
    Thread thread = DaemonThreads.named("inbetween-job-").newThread(() -> {});
    assertTrue(thread.isDaemon());
    assertEquals("inbetween-job-1", thread.getName());
  }

  @ParameterizedTest
  @CsvSource({"0, 0:00", "41500, 0:42", "725000, 12:05", "3727000, 1:02:07"})
  void etasReadAsClockTimes(long millis, String expected) {
    assertEquals(expected, Eta.format(Duration.ofMillis(millis)));
  }

  @ParameterizedTest
  @CsvSource({"0, 0, 100", "0, 10, 100", "1000, 0, 100", "1000, 5, 0"})
  void noRateNoEstimate(long elapsedNanos, long done, long total) {
    assertTrue(Eta.remaining(elapsedNanos, done, total).isEmpty());
  }
}
