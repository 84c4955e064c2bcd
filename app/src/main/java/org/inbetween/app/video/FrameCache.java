package org.inbetween.app.video;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import org.inbetween.models.image.RgbImage;

/**
 * A thread-safe {@link FrameSource} that keeps recently used frames in memory, bounded in bytes,
 * and reads the next few frames ahead in the direction of play.
 *
 * <p>Why bytes and not frames: a 4K frame is 100 times a 480p one, and the promise is that memory
 * is bounded by the cache size, never by the video length. Least recently used frames go first.
 * Read-ahead runs on one daemon thread owned by the cache; the wrapped source is only ever touched
 * by one thread at a time, since decoders are not thread-safe. Closing the cache stops the worker
 * and closes the source.
 *
 * <pre>{@code
 * try (FrameCache frames = new FrameCache(FrameSources.open(path))) {
 *   RgbImage shown = frames.frame(42); // 43, 44... are being decoded meanwhile
 * }
 * }</pre>
 */
public final class FrameCache implements FrameSource {
  public static final long DEFAULT_MAX_BYTES = 256L << 20;
  public static final int DEFAULT_READ_AHEAD = 8;

  private final FrameSource source;
  private final long maxBytes;
  private final int readAhead;
  private final Object sourceLock = new Object();
  private final ExecutorService worker;

  /** Guarded by {@code this}; access order makes iteration run from least recently used. */
  private final Map<Integer, RgbImage> frames = new LinkedHashMap<>(64, 0.75f, true);

  private long bytes;
  private long peakBytes;
  private int lastRequest = -1;
  private int direction = 1;

  /** Bumped by each request so that read-ahead for an older one stops early. */
  private long generation;

  public FrameCache(FrameSource source) {
    this(source, DEFAULT_MAX_BYTES, DEFAULT_READ_AHEAD);
  }

  /**
   * @param maxBytes the most frame bytes ({@link RgbImage#sizeInBytes()}) held at once
   * @param readAhead how many frames to decode ahead of each request; 0 for none
   */
  public FrameCache(FrameSource source, long maxBytes, int readAhead) {
    if (maxBytes <= 0 || readAhead < 0) {
      throw new IllegalArgumentException(
          "cache needs a positive size and a read-ahead of 0 or more, not "
              + maxBytes
              + " bytes "
              + "and "
              + readAhead
              + " frames");
    }
    this.source = source;
    this.maxBytes = maxBytes;
    this.readAhead = readAhead;
    this.worker =
        Executors.newSingleThreadExecutor(
            task -> {
              Thread thread = Executors.defaultThreadFactory().newThread(task);
              thread.setName("frame-read-ahead " + source.description());
              thread.setDaemon(true);
              return thread;
            });
  }

  @Override
  public RgbImage frame(int index) throws IOException {
    if (index < 0 || index >= frameCount()) {
      throw new IndexOutOfBoundsException(
          "frame " + index + " of " + description() + " (it has " + frameCount() + " frames)");
    }
    long request = noteRequest(index);
    RgbImage image = cached(index);
    if (image == null) {
      image = load(index);
    }
    scheduleReadAhead(index, request);
    return image;
  }

  private synchronized long noteRequest(int index) {
    if (lastRequest >= 0 && index != lastRequest) {
      direction = index > lastRequest ? 1 : -1;
    }
    lastRequest = index;
    return ++generation;
  }

  private synchronized RgbImage cached(int index) {
    return frames.get(index);
  }

  private RgbImage load(int index) throws IOException {
    synchronized (sourceLock) {
      RgbImage image = cached(index);
      if (image == null) {
        image = source.frame(index);
        store(index, image);
      }
      return image;
    }
  }

  private synchronized void store(int index, RgbImage image) {
    long size = image.sizeInBytes();
    if (size > maxBytes || frames.containsKey(index)) {
      return;
    }
    var eldest = frames.entrySet().iterator();
    while (bytes + size > maxBytes) {
      bytes -= eldest.next().getValue().sizeInBytes();
      eldest.remove();
    }
    frames.put(index, image);
    bytes += size;
    peakBytes = Math.max(peakBytes, bytes);
  }

  private synchronized void scheduleReadAhead(int index, long request) {
    if (readAhead == 0) {
      return;
    }
    int step = direction;
    try {
      worker.execute(() -> readAhead(index, step, request));
    } catch (RejectedExecutionException closed) {
      // The cache is closing; nothing to read ahead for.
    }
  }

  private void readAhead(int from, int step, long request) {
    for (int k = 1; k <= readAhead; k++) {
      int next = from + k * step;
      if (next < 0 || next >= frameCount() || isSuperseded(request)) {
        return;
      }
      if (cached(next) == null) {
        try {
          load(next);
        } catch (IOException | RuntimeException e) {
          return; // the caller sees the error when it asks for this frame itself
        }
      }
    }
  }

  private synchronized boolean isSuperseded(long request) {
    return generation != request || worker.isShutdown();
  }

  /** Whether frame {@code index} is in memory now (for tests and diagnostics). */
  synchronized boolean isCached(int index) {
    return frames.containsKey(index);
  }

  /** Bytes held now. */
  public synchronized long cachedBytes() {
    return bytes;
  }

  /** The most bytes ever held at once; never above the bound. */
  public synchronized long peakBytes() {
    return peakBytes;
  }

  public long maxBytes() {
    return maxBytes;
  }

  @Override
  public String description() {
    return source.description();
  }

  @Override
  public int frameCount() {
    return source.frameCount();
  }

  @Override
  public List<String> warnings() {
    return source.warnings();
  }

  @Override
  public int width() {
    return source.width();
  }

  @Override
  public int height() {
    return source.height();
  }

  @Override
  public double fps() {
    return source.fps();
  }

  @Override
  public void close() throws IOException {
    worker.shutdownNow();
    try {
      worker.awaitTermination(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    synchronized (sourceLock) {
      synchronized (this) {
        frames.clear();
        bytes = 0;
      }
      source.close();
    }
  }
}
