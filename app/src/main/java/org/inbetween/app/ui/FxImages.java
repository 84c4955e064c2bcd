package org.inbetween.app.ui;

import javafx.scene.image.Image;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import org.inbetween.models.image.DavisPalette;
import org.inbetween.models.image.LabelMask;
import org.inbetween.models.image.RgbImage;

/**
 * Conversions from the models' image values to JavaFX images. Safe off the JavaFX thread: the
 * loader builds images there and only hands finished ones to the scene.
 */
final class FxImages {
  /** How opaque mask colours are drawn over the frame: enough to see, not enough to hide it. */
  static final double OVERLAY_OPACITY = 0.5;

  private FxImages() {}

  static Image frame(RgbImage rgb) {
    WritableImage image = new WritableImage(rgb.width(), rgb.height());
    image
        .getPixelWriter()
        .setPixels(
            0,
            0,
            rgb.width(),
            rgb.height(),
            PixelFormat.getByteRgbInstance(),
            rgb.bytes(),
            0,
            3 * rgb.width());
    return image;
  }

  static Image overlay(LabelMask mask) {
    WritableImage image = new WritableImage(mask.width(), mask.height());
    image
        .getPixelWriter()
        .setPixels(
            0,
            0,
            mask.width(),
            mask.height(),
            PixelFormat.getIntArgbInstance(),
            overlayArgb(mask, OVERLAY_OPACITY),
            0,
            mask.width());
    return image;
  }

  /**
   * Row-major ARGB pixels: each object in its {@link DavisPalette} colour at {@code opacity},
   * background fully transparent.
   */
  static int[] overlayArgb(LabelMask mask, double opacity) {
    int alpha = (int) Math.round(255 * opacity) << 24;
    int[] colourOf = new int[256];
    for (int id = 1; id < 256; id++) {
      colourOf[id] = alpha | DavisPalette.rgb(id);
    }
    byte[] labels = mask.labels();
    int[] argb = new int[labels.length];
    for (int i = 0; i < labels.length; i++) {
      argb[i] = colourOf[labels[i] & 0xFF];
    }
    return argb;
  }
}
