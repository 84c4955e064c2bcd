package org.inbetween.app.exchange.export;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import org.inbetween.models.image.LabelMask;
import org.inbetween.models.image.Masks;
import org.inbetween.models.image.RgbImage;

/**
 * Scales frames and masks to the export size: frames bilinear, masks by nearest neighbour, because
 * an interpolated label value would be another object's id.
 */
final class Resize {
  private Resize() {}

  /** The width that keeps the aspect ratio at {@code height}, at least 1. */
  static int widthFor(int width, int height, int targetHeight) {
    return Math.max(1, (int) Math.round((double) width * targetHeight / height));
  }

  static RgbImage bilinear(RgbImage image, int width, int height) {
    if (image.width() == width && image.height() == height) {
      return image;
    }
    BufferedImage scaled = new BufferedImage(width, height, BufferedImage.TYPE_3BYTE_BGR);
    Graphics2D g = scaled.createGraphics();
    try {
      g.setRenderingHint(
          RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
      g.drawImage(image.toBufferedImage(), 0, 0, width, height, null);
    } finally {
      g.dispose();
    }
    return RgbImage.fromBufferedImage(scaled);
  }

  /** Each target pixel takes the label under its centre in the source. */
  static LabelMask nearest(LabelMask mask, int width, int height) {
    if (mask.width() == width && mask.height() == height) {
      return mask;
    }
    byte[] source = mask.labels();
    byte[] labels = new byte[width * height];
    for (int y = 0; y < height; y++) {
      int sy = Math.min(mask.height() - 1, (int) ((y + 0.5) * mask.height() / height));
      for (int x = 0; x < width; x++) {
        int sx = Math.min(mask.width() - 1, (int) ((x + 0.5) * mask.width() / width));
        labels[y * width + x] = source[sy * mask.width() + sx];
      }
    }
    return Masks.fromLabels(mask.frame(), width, height, labels);
  }
}
