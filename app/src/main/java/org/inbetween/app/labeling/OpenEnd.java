package org.inbetween.app.labeling;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.inbetween.app.project.Project;

/**
 * Frames with a human keyframe on one side only, filled from that keyframe alone by a method that
 * {@linkplain org.inbetween.models.pseudo.PseudoLabelGenerator#propagates propagates}: the frames
 * before the first keyframe, those after the last, or those after a frame the user propagates from.
 * The unit of one-sided work, as {@link KeyframeGap} is of two-sided work.
 *
 * @param anchor the keyframe propagated from
 * @param end the frame farthest from it, inclusive (0 or the video's last frame, usually)
 */
public record OpenEnd(int anchor, int end) {
  public OpenEnd {
    if (anchor == end) {
      throw new IllegalArgumentException("no frame beyond keyframe " + anchor);
    }
  }

  /** Frames to fill. */
  public int size() {
    return Math.abs(end - anchor);
  }

  /** The frames in the order a propagation visits them: moving away from the anchor. */
  public int[] frames() {
    int step = Integer.signum(end - anchor);
    return IntStream.rangeClosed(1, size()).map(n -> anchor + n * step).toArray();
  }

  /** The frames before the project's first keyframe and after its last, if any. */
  public static List<OpenEnd> all(Project project) {
    List<Integer> keyframes = KeyframeGap.humanFrames(project);
    List<OpenEnd> ends = new ArrayList<>();
    if (keyframes.isEmpty()) {
      return ends;
    }
    int first = keyframes.get(0);
    int last = keyframes.get(keyframes.size() - 1);
    if (first > 0) {
      ends.add(new OpenEnd(first, 0));
    }
    if (last < project.frameCount() - 1) {
      ends.add(new OpenEnd(last, project.frameCount() - 1));
    }
    return ends;
  }
}
