package org.inbetween.app.ui.viewer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class LatestRequestLoaderTest {
  /** Generous: only reached when the loader is broken, never a measure of speed. */
  private static final long PATIENCE_SECONDS = 30;

  private final BlockingQueue<Object> delivered = new LinkedBlockingQueue<>();
  private final List<Integer> loaded = new CopyOnWriteArrayList<>();

  @Test
  void requestsOvertakenWhileAFrameLoadsAreSkippedAndOnlyTheLastIsShown() throws Exception {
    CountDownLatch firstStarted = new CountDownLatch(1);
    CountDownLatch releaseFirst = new CountDownLatch(1);
    try (LatestRequestLoader<String> loader =
        new LatestRequestLoader<>(
            index -> {
              loaded.add(index);
              if (index == 1) {
                firstStarted.countDown();
                releaseFirst.await();
              }
              return "frame " + index;
            },
            Runnable::run,
            delivered::add,
            (index, failure) -> delivered.add(failure))) {
      loader.request(1);
      assertTrue(firstStarted.await(PATIENCE_SECONDS, TimeUnit.SECONDS));
      loader.request(2);
      loader.request(3);
      loader.request(4);
      releaseFirst.countDown();

      assertEquals("frame 4", delivered.poll(PATIENCE_SECONDS, TimeUnit.SECONDS));
      assertEquals(List.of(1, 4), loaded, "frames 2 and 3 were stale before they started");
      assertNull(delivered.poll(), "frame 1 finished after it went stale and was dropped");
    }
  }

  @Test
  void aFailureIsReportedWithItsIndex() throws Exception {
    try (LatestRequestLoader<String> loader =
        new LatestRequestLoader<>(
            index -> {
              throw new IOException("video.mp4: corrupt packet at frame " + index);
            },
            Runnable::run,
            delivered::add,
            (index, failure) -> delivered.add(index + " " + failure.getMessage()))) {
      loader.request(7);
      assertEquals(
          "7 video.mp4: corrupt packet at frame 7",
          delivered.poll(PATIENCE_SECONDS, TimeUnit.SECONDS));
    }
  }

  @Test
  void requestsAfterCloseAreIgnored() {
    LatestRequestLoader<String> loader =
        new LatestRequestLoader<>(
            index -> "frame " + index, Runnable::run, delivered::add, (i, e) -> delivered.add(e));
    loader.close();
    loader.request(3);
    assertNull(delivered.peek());
  }

  @Test
  void resultsAreHandedOverThroughTheGivenExecutor() throws Exception {
    BlockingQueue<Runnable> uiQueue = new LinkedBlockingQueue<>();
    try (LatestRequestLoader<String> loader =
        new LatestRequestLoader<>(
            index -> "frame " + index, uiQueue::add, delivered::add, (i, e) -> delivered.add(e))) {
      loader.request(5);
      Runnable handOver = uiQueue.poll(PATIENCE_SECONDS, TimeUnit.SECONDS);
      assertNull(delivered.peek(), "nothing reaches the view outside the UI executor");
      handOver.run();
      assertInstanceOf(String.class, delivered.poll());
    }
  }
}
