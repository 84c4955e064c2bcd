package org.inbetween.app.editing.view;

import org.inbetween.models.image.LabelMask;

/**
 * Draws where a machine layer disagrees with the frame's reference (the human mask, else the
 * pseudo-label), so a reviewer sees at a glance what a pseudo-label or a model got wrong instead of
 * comparing two overlays by eye.
 */
public final class DifferencePainter {
  private DifferencePainter() {}

  /**
   * Paints every disagreeing pixel in its {@link Disagreement} colour at {@code alpha} (0..255).
   *
   * @param sameObjectMatters see {@link Disagreement#of}
   */
  public static void paint(
      LabelMask reference,
      LabelMask machine,
      int[] colours,
      boolean sameObjectMatters,
      int alpha,
      int[] argb) {
    MaskPainter.checkSize(machine, argb);
    if (reference.width() != machine.width() || reference.height() != machine.height()) {
      throw new IllegalArgumentException(
          "reference mask " + reference + " and machine mask " + machine + " differ in size");
    }
    byte[] referenceLabels = reference.labels();
    byte[] machineLabels = machine.labels();
    for (int i = 0; i < argb.length; i++) {
      if (referenceLabels[i] == machineLabels[i]) {
        continue;
      }
      Disagreement kind =
          Disagreement.of(
              referenceLabels[i] & 0xFF, machineLabels[i] & 0xFF, colours, sameObjectMatters);
      if (kind != Disagreement.NONE) {
        argb[i] = Argb.over(argb[i], kind.rgb(), alpha);
      }
    }
  }
}
