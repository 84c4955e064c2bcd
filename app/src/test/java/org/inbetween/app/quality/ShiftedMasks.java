package org.inbetween.app.quality;

import org.inbetween.models.image.LabelMask;
import org.inbetween.models.image.Masks;

/** Masks moved sideways: a prediction whose disagreement with the original is known exactly. */
public final class ShiftedMasks {
  private ShiftedMasks() {}

  /** {@code mask} moved {@code shift} pixels to the right, background coming in on the left. */
  public static LabelMask right(LabelMask mask, int shift) {
    byte[] labels = mask.labels();
    byte[] shifted = new byte[labels.length];
    int width = mask.width();
    for (int i = 0; i < labels.length; i++) {
      if (i % width >= shift) {
        shifted[i] = labels[i - shift];
      }
    }
    return Masks.fromLabels(mask.frame(), width, mask.height(), shifted);
  }
}
