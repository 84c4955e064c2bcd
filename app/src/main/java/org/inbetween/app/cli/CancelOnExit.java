package org.inbetween.app.cli;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Turns Ctrl+C into a cancellation request that a training loop sees between two steps, and holds
 * the JVM's exit until the loop has saved its checkpoint and the command has printed what it did.
 * Shared by the commands that train ({@code train fgplg}, {@code adapt}).
 *
 * <pre>{@code
 * try (CancelOnExit cancel = new CancelOnExit()) {
 *   Result result = FgplgTraining.run(..., cancel::requested);
 *   return report(result);
 * }
 * }</pre>
 */
final class CancelOnExit implements AutoCloseable {
  /** How long Ctrl+C waits for the step in progress and the checkpoint save. */
  private static final long SAVE_ON_EXIT_SECONDS = 120;

  private final AtomicBoolean requested = new AtomicBoolean();
  private final CountDownLatch finished = new CountDownLatch(1);
  private final Thread hook;

  CancelOnExit() {
    hook = Executors.defaultThreadFactory().newThread(this::cancelAndWait);
    Runtime.getRuntime().addShutdownHook(hook);
  }

  boolean requested() {
    return requested.get();
  }

  private void cancelAndWait() {
    requested.set(true);
    try {
      finished.await(SAVE_ON_EXIT_SECONDS, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Override
  public void close() {
    finished.countDown();
    try {
      Runtime.getRuntime().removeShutdownHook(hook);
    } catch (IllegalStateException shuttingDown) {
      // The hook is running: the JVM exits once it returns, which the countDown allows.
    }
  }
}
