package org.inbetween.app.labeling;

import java.util.ArrayList;
import java.util.List;
import org.inbetween.app.project.Project;

/**
 * Two consecutive human keyframes with at least one frame between them: the unit of work of
 * pseudo-labelling. A keyframe here is any frame with a human mask (painted, accepted or
 * corrected), since every such mask is ground truth to propagate from.
 *
 * @param before keyframe i
 * @param after keyframe j, the next frame with a human mask after i
 */
public record KeyframeGap(int before, int after) {
  public KeyframeGap {
    if (after - before < 2) {
      throw new IllegalArgumentException("no frame between keyframes " + before + " and " + after);
    }
  }

  /** Frames strictly between the two keyframes. */
  public int size() {
    return after - before - 1;
  }

  /** Every gap of the project, in frame order. */
  public static List<KeyframeGap> all(Project project) {
    List<KeyframeGap> gaps = new ArrayList<>();
    int previous = -1;
    for (int frame : humanFrames(project)) {
      if (previous >= 0 && frame - previous >= 2) {
        gaps.add(new KeyframeGap(previous, frame));
      }
      previous = frame;
    }
    return gaps;
  }

  /**
   * The gaps a change on {@code frame} affects: the one ending there and the one starting there,
   * or, if {@code frame} no longer holds a human mask, the one that now spans it.
   */
  public static List<KeyframeGap> around(Project project, int frame) {
    return all(project).stream().filter(g -> g.before <= frame && frame <= g.after).toList();
  }

  /** The frames that hold a human mask, ascending. */
  static List<Integer> humanFrames(Project project) {
    return project.frames().values().stream()
        .filter(record -> record.humanLabel().isPresent())
        .map(record -> record.frame())
        .toList();
  }
}
