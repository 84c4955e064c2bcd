package org.inbetween.app.video;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import org.inbetween.models.image.RgbImage;
import org.junit.jupiter.api.Test;

class FrameCacheTest {
  /** 8x8 RGB frames: 192 bytes each. */
  private static final int FRAME_BYTES = 8 * 8 * 3;

  /** A source that draws its index into each frame and notices concurrent or repeated use. */
  static final class InstrumentedSource implements FrameSource {
    final AtomicInteger reads = new AtomicInteger();
    final AtomicInteger inside = new AtomicInteger();
    volatile boolean usedConcurrently;
    volatile boolean closed;

    @Override
    public RgbImage frame(int index) {
      if (inside.incrementAndGet() > 1) {
        usedConcurrently = true;
      }
      try {
        reads.incrementAndGet();
        byte[] rgb = new byte[FRAME_BYTES];
        rgb[0] = (byte) index;
        rgb[1] = (byte) (index >> 8);
        return RgbImage.wrap(8, 8, rgb);
      } finally {
        inside.decrementAndGet();
      }
    }

    @Override
    public String description() {
      return "instrumented";
    }

    @Override
    public int frameCount() {
      return 1000;
    }

    @Override
    public int width() {
      return 8;
    }

    @Override
    public int height() {
      return 8;
    }

    @Override
    public double fps() {
      return 25;
    }

    @Override
    public void close() {
      closed = true;
    }
  }

  private static int indexShownIn(RgbImage image) {
    return image.rgb(0, 0) >> 16 | (image.rgb(0, 0) >> 8 & 0xFF) << 8;
  }

  @Test
  void evictsTheLeastRecentlyUsedFrameFirst() throws Exception {
    InstrumentedSource source = new InstrumentedSource();
    try (FrameCache cache = new FrameCache(source, 3 * FRAME_BYTES, 0)) {
      cache.frame(1);
      cache.frame(2);
      cache.frame(3);
      cache.frame(1); // 2 is now the least recently used
      cache.frame(4);
      assertFalse(cache.isCached(2));
      assertTrue(cache.isCached(1) && cache.isCached(3) && cache.isCached(4));
      int readsBefore = source.reads.get();
      assertEquals(3, indexShownIn(cache.frame(3)));
      assertEquals(readsBefore, source.reads.get(), "a cached frame is not decoded again");
    }
    assertTrue(source.closed, "closing the cache closes its source");
  }

  @Test
  void neverHoldsMoreBytesThanItsBoundUnderConcurrentRandomUse() throws Exception {
    InstrumentedSource source = new InstrumentedSource();
    long bound = 10 * FRAME_BYTES + FRAME_BYTES / 2;
    ExecutorService callers = Executors.newFixedThreadPool(4);
    try (FrameCache cache = new FrameCache(source, bound, 6)) {
      List<Future<?>> done = new ArrayList<>();
      for (int t = 0; t < 4; t++) {
        Random random = new Random(t);
        done.add(
            callers.submit(
                () -> {
                  for (int i = 0; i < 500; i++) {
                    int n = random.nextInt(cache.frameCount());
                    assertEquals(n, indexShownIn(cache.frame(n)));
                    assertTrue(cache.cachedBytes() <= bound);
                  }
                  return null;
                }));
      }
      for (Future<?> f : done) {
        f.get(60, TimeUnit.SECONDS);
      }
      assertTrue(cache.peakBytes() <= bound, "peak " + cache.peakBytes() + " > " + bound);
      assertTrue(cache.peakBytes() >= 10 * FRAME_BYTES, "the cache was used to its bound");
    } finally {
      callers.shutdownNow();
    }
    assertFalse(source.usedConcurrently, "the source was only ever used by one thread at a time");
  }

  @Test
  void readsAheadInThePlaybackDirectionAndFollowsAFlip() throws Exception {
    InstrumentedSource source = new InstrumentedSource();
    try (FrameCache cache = new FrameCache(source, 100 * FRAME_BYTES, 4)) {
      cache.frame(500);
      cache.frame(501);
      awaitTrue(() -> cache.isCached(505), "frame 505 read ahead while playing forwards");
      assertTrue(cache.isCached(502), "the next frame is a hit before it is asked for");
      assertEquals(502, indexShownIn(cache.frame(502)));

      cache.frame(300);
      cache.frame(299);
      awaitTrue(() -> cache.isCached(295), "frame 295 read ahead while playing backwards");
      assertFalse(cache.isCached(301) && cache.isCached(302), "nothing read on the old side");
    }
  }

  private static void awaitTrue(BooleanSupplier condition, String what)
      throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("gave up waiting: " + what);
      }
      Thread.sleep(5);
    }
  }
}
