package org.inbetween.app.editing.view;

import org.inbetween.models.image.LabelMask;

/**
 * Draws where a machine layer disagrees with the human mask of the same frame, so a reviewer sees
 * at a glance what a pseudo-label or a model got wrong instead of comparing two overlays by eye.
 */
public final class DifferencePainter {
  private DifferencePainter() {}

  /**
   * Paints every disagreeing pixel in its {@link Disagreement} colour at {@code alpha} (0..255).
   */
  public static void paint(
      LabelMask human, LabelMask machine, int[] colours, int alpha, int[] argb) {
    MaskPainter.checkSize(machine, argb);
    if (human.width() != machine.width() || human.height() != machine.height()) {
      throw new IllegalArgumentException(
          "human mask " + human + " and machine mask " + machine + " differ in size");
    }
    byte[] humanLabels = human.labels();
    byte[] machineLabels = machine.labels();
    for (int i = 0; i < argb.length; i++) {
      if (humanLabels[i] == machineLabels[i]) {
        continue;
      }
      Disagreement kind = Disagreement.of(humanLabels[i] & 0xFF, machineLabels[i] & 0xFF, colours);
      if (kind != Disagreement.NONE) {
        argb[i] = Argb.over(argb[i], kind.rgb(), alpha);
      }
    }
  }
}
