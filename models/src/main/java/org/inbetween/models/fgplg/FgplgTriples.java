package org.inbetween.models.fgplg;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Where FGPLG's training triples come from (specs/models.md §1.7).
 *
 * <p>On a densely annotated sequence (DAVIS), keyframes are every l-th frame, as at labelling time,
 * and k is a frame strictly between two neighbouring keyframes, so the network trains on exactly
 * the gaps it will fill. On a project only the human keyframes have ground truth, so a triple is
 * three consecutive keyframes and the middle one is the target ("fine-tune on the sparse subset"):
 * keyframes l apart give triples 2l wide. Triples overlap there because a project has few
 * keyframes.
 */
public final class FgplgTriples {
  /** Which frames between two keyframes become targets. */
  public enum Middle {
    /** The frame halfway between (i + l/2), one per gap: the paper's single in-between frame. */
    CENTRE,
    /** Every frame strictly between: l−1 per gap. */
    ALL
  }

  private FgplgTriples() {}

  /**
   * Triples (0, k, l), (l, k, 2l), … of a sequence annotated on every frame.
   *
   * @param frameCount frames in the sequence
   * @param interval l, at least 2
   * @param middle which in-between frames to use
   */
  public static List<Triple> dense(int frameCount, int interval, Middle middle) {
    if (interval < 2) {
      throw new IllegalArgumentException("keyframe interval must be at least 2, was " + interval);
    }
    List<Triple> triples = new ArrayList<>();
    for (int i = 0; i + interval < frameCount; i += interval) {
      int j = i + interval;
      if (middle == Middle.CENTRE) {
        triples.add(new Triple(i, i + interval / 2, j));
      } else {
        for (int k = i + 1; k < j; k++) {
          triples.add(new Triple(i, k, j));
        }
      }
    }
    return triples;
  }

  /**
   * Triples of consecutive keyframes (a, b, c) of a project, each middle keyframe a target.
   *
   * @param keyframes frame indices that have a human mask, any order, no duplicates
   */
  public static List<Triple> fromKeyframes(int[] keyframes) {
    int[] sorted = keyframes.clone();
    Arrays.sort(sorted);
    List<Triple> triples = new ArrayList<>();
    for (int n = 0; n + 2 < sorted.length; n++) {
      triples.add(new Triple(sorted[n], sorted[n + 1], sorted[n + 2]));
    }
    return triples;
  }
}
