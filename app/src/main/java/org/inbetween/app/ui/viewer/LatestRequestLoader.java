package org.inbetween.app.ui.viewer;

import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * Loads frames by index on one background thread and hands over only the one asked for last.
 *
 * <p>Decoding must not block the JavaFX thread, and a user holding the right arrow key asks for
 * frames faster than they decode: requests that are already stale when the worker reaches them are
 * skipped, and a result that went stale while loading is dropped. One worker thread also means the
 * (not thread-safe) frame source is only ever touched from one thread.
 *
 * @param <T> what a load produces
 */
public final class LatestRequestLoader<T> implements AutoCloseable {
  /** Produces the value for one index; runs on the worker thread. */
  public interface Load<T> {
    T load(int index) throws Exception;
  }

  private final Load<T> load;
  private final Executor deliverOn;
  private final Consumer<T> onLoaded;
  private final BiConsumer<Integer, Exception> onFailed;
  private final AtomicInteger latest = new AtomicInteger(-1);
  private final ExecutorService worker = Executors.newSingleThreadExecutor(daemonThreads());

  /**
   * @param deliverOn where results are handed over ({@code Platform::runLater} in the GUI)
   * @param onLoaded receives each result that is still the latest request
   * @param onFailed receives the index and the failure of a latest request that failed
   */
  public LatestRequestLoader(
      Load<T> load,
      Executor deliverOn,
      Consumer<T> onLoaded,
      BiConsumer<Integer, Exception> onFailed) {
    this.load = load;
    this.deliverOn = deliverOn;
    this.onLoaded = onLoaded;
    this.onFailed = onFailed;
  }

  /** Asks for {@code index}, superseding every earlier request; ignored once closed. */
  public void request(int index) {
    latest.set(index);
    try {
      worker.execute(() -> loadIfStillWanted(index));
    } catch (RejectedExecutionException closed) {
      // The window is closing: nobody is waiting for this frame any more.
    }
  }

  private void loadIfStillWanted(int index) {
    if (latest.get() != index) {
      return;
    }
    try {
      T value = load.load(index);
      deliverOn.execute(
          () -> {
            if (latest.get() == index) {
              onLoaded.accept(value);
            }
          });
    } catch (Exception e) {
      deliverOn.execute(() -> onFailed.accept(index, e));
    }
  }

  /** Stops the worker; a load in progress finishes but is not delivered. */
  @Override
  public void close() {
    latest.set(-1);
    worker.shutdownNow();
  }

  private static ThreadFactory daemonThreads() {
    ThreadFactory base = Executors.defaultThreadFactory();
    return runnable -> {
      Thread thread = base.newThread(runnable);
      thread.setName("inbetween-frame-loader");
      thread.setDaemon(true);
      return thread;
    };
  }
}
