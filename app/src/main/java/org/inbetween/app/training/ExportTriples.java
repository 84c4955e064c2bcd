package org.inbetween.app.training;

import java.util.ArrayList;
import java.util.List;
import org.inbetween.app.training.dataset.TrainingSequence;
import org.inbetween.models.fgplg.FgplgTriples;
import org.inbetween.models.fgplg.Triple;

/**
 * FGPLG triples of an exported sequence: the {@link FgplgTriples#dense dense} triples of each
 * interval, as on DAVIS, kept only where both keyframes and the target have a target under the
 * training rules. So a frame the rules leave unlabelled (an unreviewed pseudo-label not asked for,
 * a rejected one, a frame nobody labelled) is never a keyframe nor a target, and each kept triple's
 * example is weighted by its target frame's weight.
 *
 * <p>An export of keyframes alone (every l-th frame) has no target strictly between two keyframes l
 * apart: train it with an interval of 2l, whose middle frames are keyframes too.
 */
public final class ExportTriples {
  private ExportTriples() {}

  /** The kept triples of every interval, interval by interval, each in frame order. */
  public static List<Triple> of(
      TrainingSequence sequence, List<Integer> intervals, FgplgTriples.Middle middle) {
    List<Triple> kept = new ArrayList<>();
    for (int interval : intervals) {
      for (Triple triple : FgplgTriples.dense(sequence.frameCount(), interval, middle)) {
        if (sequence.frame(triple.before()).hasTarget()
            && sequence.frame(triple.middle()).hasTarget()
            && sequence.frame(triple.after()).hasTarget()) {
          kept.add(triple);
        }
      }
    }
    return kept;
  }
}
