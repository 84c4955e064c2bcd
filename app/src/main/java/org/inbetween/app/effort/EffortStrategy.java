package org.inbetween.app.effort;

import java.util.List;
import org.inbetween.app.labeling.bench.PseudoLabelBenchmark;

/**
 * Where the simulated annotator draws keyframes: a uniform grid of l ({@code uniform:L}, then every
 * frame still below the target is corrected by hand), or the tool's suggestions ({@code suggest},
 * starting from the first and last frame; {@code suggest:L} starting from a grid of l), one
 * keyframe at a time until every frame reaches the target.
 *
 * @param suggests whether keyframes after the first ones come from {@code suggest}
 * @param interval the grid's l; 0 for "first and last frame only"
 */
public record EffortStrategy(boolean suggests, int interval) {
  public EffortStrategy {
    if (interval < 0 || (!suggests && interval == 0)) {
      throw new IllegalArgumentException("a uniform strategy needs l >= 1, was " + interval);
    }
  }

  /**
   * {@code uniform:L}, {@code suggest} or {@code suggest:L}.
   *
   * @throws IllegalArgumentException naming the text and the forms accepted
   */
  public static EffortStrategy parse(String text) {
    String[] parts = text.trim().split(":", -1);
    try {
      if (parts[0].equals("suggest") && parts.length == 1) {
        return new EffortStrategy(true, 0);
      }
      if ((parts[0].equals("suggest") || parts[0].equals("uniform")) && parts.length == 2) {
        int interval = Integer.parseInt(parts[1]);
        if (interval >= 1) {
          return new EffortStrategy(parts[0].equals("suggest"), interval);
        }
      }
    } catch (NumberFormatException notANumber) {
      // falls through to the message below
    }
    throw new IllegalArgumentException(
        "unknown strategy '" + text + "': use uniform:L, suggest or suggest:L (L >= 1)");
  }

  /** The keyframes drawn before the first run. */
  public List<Integer> firstKeyframes(int frameCount) {
    return interval == 0
        ? List.of(0, frameCount - 1)
        : PseudoLabelBenchmark.keyframes(frameCount, interval);
  }

  /** As the command line writes it. */
  public String label() {
    return (suggests ? "suggest" : "uniform") + (interval > 0 ? ":" + interval : "");
  }
}
