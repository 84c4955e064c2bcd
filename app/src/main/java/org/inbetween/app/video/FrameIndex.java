package org.inbetween.app.video;

import java.util.Arrays;

/**
 * The presentation timestamp of every frame of one video stream, in the stream's own time base, and
 * which frames are keyframes (safe places to start decoding).
 *
 * <p>Why it exists: frame n of a video is the n-th picture in <em>presentation</em> order, but a
 * stream with B-frames stores pictures in decode order and its container may report a rounded or
 * wrong frame count. Sorting the timestamps of all video packets gives, exactly, the timestamp the
 * decoder will attach to frame n; a seek can then be verified by comparing timestamps instead of
 * trusting frame-rate arithmetic.
 */
final class FrameIndex {
  private final long[] pts;
  private final int[] keyframes;

  private FrameIndex(long[] pts, int[] keyframes) {
    this.pts = pts;
    this.keyframes = keyframes;
  }

  /**
   * Builds the index from packets seen in file order.
   *
   * @param packetPts the presentation timestamp of each packet
   * @param packetIsKey whether each packet starts a keyframe
   * @param count how many leading entries of the arrays are filled
   * @throws IllegalArgumentException if two packets share a timestamp: presentation order would be
   *     ambiguous
   */
  static FrameIndex fromPackets(long[] packetPts, boolean[] packetIsKey, int count) {
    long[] sorted = Arrays.copyOf(packetPts, count);
    Arrays.sort(sorted);
    for (int i = 1; i < count; i++) {
      if (sorted[i] == sorted[i - 1]) {
        throw new IllegalArgumentException("two video packets share the timestamp " + sorted[i]);
      }
    }
    int[] keys = new int[count];
    int keyCount = 0;
    for (int i = 0; i < count; i++) {
      if (packetIsKey[i]) {
        keys[keyCount++] = Arrays.binarySearch(sorted, packetPts[i]);
      }
    }
    int[] keyframes = Arrays.copyOf(keys, keyCount);
    Arrays.sort(keyframes);
    return new FrameIndex(sorted, keyframes);
  }

  int frameCount() {
    return pts.length;
  }

  long pts(int frame) {
    return pts[frame];
  }

  /** The frame whose timestamp is {@code timestamp}, or -1 if no frame has it. */
  int frameAt(long timestamp) {
    int i = Arrays.binarySearch(pts, timestamp);
    return i >= 0 ? i : -1;
  }

  /**
   * The last keyframe at or before {@code frame}, stepping {@code stepsBack} further keyframes back
   * (a retry after a seek landed too late); 0 when there is none, since decoding always can start
   * at the first frame.
   */
  int keyframeAtOrBefore(int frame, int stepsBack) {
    int i = Arrays.binarySearch(keyframes, frame);
    int position = (i >= 0 ? i : -i - 2) - stepsBack;
    return position >= 0 ? keyframes[position] : 0;
  }

  /** This index without the frames before the one stamped {@code firstDecodedPts}. */
  FrameIndex startingAt(long firstDecodedPts) {
    int first = frameAt(firstDecodedPts);
    if (first <= 0) {
      return this;
    }
    long[] kept = Arrays.copyOfRange(pts, first, pts.length);
    int[] keptKeys = Arrays.stream(keyframes).filter(k -> k >= first).map(k -> k - first).toArray();
    return new FrameIndex(kept, keptKeys);
  }
}
