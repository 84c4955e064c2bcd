package org.inbetween.app.editing.view;

import java.io.IOException;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The masks of recently shown frames, so that stepping back and forth does not decode the same PNGs
 * again (reading a frame's masks costs more than decoding a cached frame: see
 * docs/benchmarks-viewer.md). Bounded by bytes, least recently used out first.
 *
 * <p>Every entry belongs to one project revision: an edit may change any frame's masks (an
 * accept-all over a range, say), so a new revision empties the cache rather than guessing.
 */
public final class MaskCache {
  /** Reads a frame's masks on a miss. */
  public interface Reader {
    FrameMasks read(int frame) throws IOException;
  }

  private final long maxBytes;
  private final Map<Integer, FrameMasks> entries = new LinkedHashMap<>(16, 0.75f, true);
  private long revision = Long.MIN_VALUE;
  private long bytes;

  public MaskCache(long maxBytes) {
    if (maxBytes < 0) {
      throw new IllegalArgumentException("cache size must be >= 0, was " + maxBytes);
    }
    this.maxBytes = maxBytes;
  }

  /** The masks of {@code frame} at project revision {@code atRevision}, read on a miss. */
  public synchronized FrameMasks get(int frame, long atRevision, Reader reader) throws IOException {
    if (atRevision != revision) {
      entries.clear();
      bytes = 0;
      revision = atRevision;
    }
    FrameMasks cached = entries.get(frame);
    if (cached != null) {
      return cached;
    }
    FrameMasks read = reader.read(frame);
    entries.put(frame, read);
    bytes += sizeOf(read);
    evictBeyondLimit();
    return read;
  }

  public synchronized long cachedBytes() {
    return bytes;
  }

  private void evictBeyondLimit() {
    Iterator<FrameMasks> oldestFirst = entries.values().iterator();
    while (bytes > maxBytes && oldestFirst.hasNext()) {
      bytes -= sizeOf(oldestFirst.next());
      oldestFirst.remove();
    }
  }

  private static long sizeOf(FrameMasks masks) {
    return masks.masks().values().stream()
        .mapToLong(mask -> (long) mask.width() * mask.height())
        .sum();
  }
}
