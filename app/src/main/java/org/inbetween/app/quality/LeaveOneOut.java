package org.inbetween.app.quality;

import java.io.IOException;
import java.util.Map;
import java.util.TreeSet;
import org.inbetween.models.image.LabelMask;
import org.inbetween.models.image.SoftMask;
import org.inbetween.models.pseudo.PseudoLabelGenerator;

/**
 * Predicts one human keyframe from its two neighbouring keyframes with the project's own generator
 * and scores the prediction against the human mask. Pure computation: the caller reads the masks.
 *
 * <p>Every object on either neighbour or on the keyframe itself is scored: one that appears only on
 * the keyframe left out cannot be predicted and scores J = 0, which is what the gaps next to it
 * would suffer had it not been drawn.
 *
 * <pre>{@code
 * KeyframeEstimate e = LeaveOneOut.score(generator, 10, 30, sides, humanMaskOf20);
 * }</pre>
 */
public final class LeaveOneOut {
  private LeaveOneOut() {}

  /**
   * The estimate for keyframe m = {@code truth.frame()}, strictly between {@code before} and {@code
   * after}.
   *
   * @param sides per object, its masks on keyframes {@code before} and {@code after}
   * @param truth the human mask of keyframe m
   */
  public static KeyframeEstimate score(
      PseudoLabelGenerator generator,
      int before,
      int after,
      Map<Integer, SoftMask[]> sides,
      LabelMask truth)
      throws IOException {
    GeneratedFrame predicted =
        GeneratedFrame.of(generator, truth.frame(), sides, truth.width(), truth.height());
    TreeSet<Integer> ids = new TreeSet<>(sides.keySet());
    for (int id : truth.objectIds()) {
      ids.add(id);
    }
    return new KeyframeEstimate(
        truth.frame(), before, after, ObjectScore.of(predicted.labels(), truth, ids));
  }
}
