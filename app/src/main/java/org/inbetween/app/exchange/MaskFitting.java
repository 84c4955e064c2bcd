package org.inbetween.app.exchange;

import java.nio.file.Path;
import org.inbetween.models.image.LabelMask;
import org.inbetween.models.image.MaskFormatException;
import org.inbetween.models.image.Masks;

/** Checks a mask's size against the frames', and pads/crops it when the user asked for that. */
final class MaskFitting {
  private MaskFitting() {}

  static LabelMask fit(LabelMask mask, Path file, int width, int height, MaskSizePolicy policy)
      throws MaskFormatException {
    if (mask.width() == width && mask.height() == height) {
      return mask;
    }
    if (policy == MaskSizePolicy.REFUSE) {
      throw new MaskFormatException(
          file,
          "mask is "
              + mask.width()
              + "x"
              + mask.height()
              + " but the frames are "
              + width
              + "x"
              + height
              + "; nothing was imported (pass --fit-masks pad-crop to pad or crop it at the"
              + " top-left corner)");
    }
    byte[] source = mask.labels();
    byte[] fitted = new byte[width * height];
    int columns = Math.min(width, mask.width());
    for (int y = 0; y < Math.min(height, mask.height()); y++) {
      System.arraycopy(source, y * mask.width(), fitted, y * width, columns);
    }
    return Masks.fromLabels(mask.frame(), width, height, fitted);
  }
}
