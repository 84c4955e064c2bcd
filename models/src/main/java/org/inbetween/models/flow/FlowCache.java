package org.inbetween.models.flow;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Flow fields already computed, least recently used first out, bounded by the bytes they hold.
 *
 * <p>A flow of 854x480 holds 3.3 MB, so the bound, not the video length, decides the memory used.
 * Keys name the two frames and the settings that made the field, so that fields from different
 * presets never mix. Thread-safe.
 */
public final class FlowCache {
  /**
   * Identifies one cached field: the flow from {@code from} to {@code to} made by {@code variant}.
   */
  public record Key(int from, int to, String variant) {}

  private final long maxBytes;
  private final LinkedHashMap<Key, FlowField> fields = new LinkedHashMap<>(64, 0.75f, true);
  private long bytes;
  private long hits;
  private long misses;

  public FlowCache(long maxBytes) {
    if (maxBytes < 0) {
      throw new IllegalArgumentException("cache size must be >= 0 bytes, was " + maxBytes);
    }
    this.maxBytes = maxBytes;
  }

  public synchronized Optional<FlowField> get(Key key) {
    FlowField field = fields.get(key);
    if (field == null) {
      misses++;
    } else {
      hits++;
    }
    return Optional.ofNullable(field);
  }

  /** Keeps {@code field} unless it alone exceeds the bound; evicts the oldest to make room. */
  public synchronized void put(Key key, FlowField field) {
    FlowField previous = fields.remove(key);
    if (previous != null) {
      bytes -= previous.sizeInBytes();
    }
    if (field.sizeInBytes() > maxBytes) {
      return;
    }
    fields.put(key, field);
    bytes += field.sizeInBytes();
    Iterator<Map.Entry<Key, FlowField>> oldest = fields.entrySet().iterator();
    while (bytes > maxBytes) {
      bytes -= oldest.next().getValue().sizeInBytes();
      oldest.remove();
    }
  }

  public synchronized long sizeInBytes() {
    return bytes;
  }

  public synchronized long hits() {
    return hits;
  }

  public synchronized long misses() {
    return misses;
  }
}
