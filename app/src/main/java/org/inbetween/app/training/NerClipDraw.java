package org.inbetween.app.training;

import java.util.Random;

/**
 * The drawing rule every RCRNet+NER clip source shares: a sequence picked in proportion to its
 * length, a run of consecutive frames in it, redrawn until at least one frame has a target. Kept in
 * one place so DAVIS folders and exports sample alike.
 */
final class NerClipDraw {
  /** Draws before giving up on finding a clip with a target. */
  private static final int ATTEMPTS = 10_000;

  /** Whether frame {@code frame} of sequence {@code sequence} has a target. */
  @FunctionalInterface
  interface HasTarget {
    boolean test(int sequence, int frame);
  }

  /**
   * Where a drawn clip lies.
   *
   * @param sequence index of the sequence
   * @param start its first frame
   */
  record Pick(int sequence, int start) {}

  private NerClipDraw() {}

  /**
   * @param frameCounts frames per sequence
   * @param what names the data in the error when no clip has a target
   * @throws IllegalStateException when {@value #ATTEMPTS} draws found no clip with a target
   */
  static Pick draw(Random random, int length, int[] frameCounts, HasTarget has, String what) {
    int total = 0;
    for (int count : frameCounts) {
      total += count;
    }
    for (int attempt = 0; attempt < ATTEMPTS && total > 0; attempt++) {
      int pick = random.nextInt(total);
      int s = 0;
      while (pick >= frameCounts[s]) {
        pick -= frameCounts[s++];
      }
      int count = frameCounts[s];
      if (count < length) {
        continue;
      }
      int start = random.nextInt(count - length + 1);
      for (int k = start; k < start + length; k++) {
        if (has.test(s, k)) {
          return new Pick(s, start);
        }
      }
    }
    throw new IllegalStateException("no clip of " + length + " frames with a target in " + what);
  }
}
