package org.inbetween.models.kmn;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * What one-sided propagation from one keyframe mask remembers, STM's memory bounded: the anchor
 * (the human mask, always kept), every {@value #EVERY}-th frame predicted on the way, and the last
 * frame predicted. At most {@value #FRAMES} frames and {@link #MAX_BYTES} of keys and values, the
 * oldest saved frame leaving first, so that the cost of a read and the memory in use stay the same
 * however long the video is.
 */
final class PropagationMemory {
  /** Frames in memory at most, the anchor and the last prediction included. */
  static final int FRAMES = 5;

  /** Predictions kept every this many frames, as STM saves every 5th frame. */
  static final int EVERY = 5;

  /** The cap on keys and values held; binds only for frames much larger than 854×480. */
  static final long MAX_BYTES = 32L << 20;

  /**
   * One remembered frame.
   *
   * @param frame its index
   * @param keys its keys
   * @param values the object's probability on each of its grid cells
   */
  record Entry(int frame, FrameKeys keys, float[] values) {
    long bytes() {
      return 4L * (keys.keys().length + values.length);
    }
  }

  private final Entry anchor;
  private final Deque<Entry> saved = new ArrayDeque<>();
  private Entry last;

  PropagationMemory(Entry anchor) {
    this.anchor = anchor;
  }

  /** The frames a query reads from: the anchor, the saved frames, the last prediction. */
  List<Entry> entries() {
    List<Entry> entries = new ArrayList<>(FRAMES);
    entries.add(anchor);
    entries.addAll(saved);
    if (last != null && !saved.contains(last)) {
      entries.add(last);
    }
    return entries;
  }

  /** Remembers the prediction on {@code entry.frame()}. */
  void remember(Entry entry) {
    last = entry;
    if (Math.abs(entry.frame() - anchor.frame()) % EVERY == 0) {
      saved.addLast(entry);
    }
    while (!saved.isEmpty() && (saved.size() > FRAMES - 2 || bytes() > MAX_BYTES)) {
      saved.removeFirst();
    }
  }

  /** Bytes of keys and values held. */
  long bytes() {
    return entries().stream().mapToLong(Entry::bytes).sum();
  }
}
