package org.inbetween.app.editing.view;

import org.inbetween.models.image.LabelMask;

/** Draws one label map over an ARGB buffer: filled objects or their outlines only. */
public final class MaskPainter {
  private MaskPainter() {}

  /**
   * Paints {@code mask} over {@code argb} (row-major, the mask's size) in the colours of {@code
   * colours} (see {@link ObjectColours}), or all in the style's tint, at {@code style}'s opacity.
   * Labels the table does not draw (background, hidden objects) stay untouched either way.
   */
  public static void paint(LabelMask mask, int[] colours, LayerStyle style, int[] argb) {
    checkSize(mask, argb);
    byte[] labels = mask.labels();
    int alpha = style.alpha();
    int width = mask.width();
    for (int i = 0; i < labels.length; i++) {
      int label = labels[i] & 0xFF;
      if (colours[label] == ObjectColours.NOT_DRAWN
          || (style.contourOnly() && !Contours.isContour(labels, width, i))) {
        continue;
      }
      argb[i] = Argb.over(argb[i], style.colourOf(colours, label), alpha);
    }
  }

  static void checkSize(LabelMask mask, int[] argb) {
    if (argb.length != mask.width() * mask.height()) {
      throw new IllegalArgumentException(
          "overlay buffer has "
              + argb.length
              + " pixels, mask of frame "
              + mask.frame()
              + " is "
              + mask.width()
              + "x"
              + mask.height());
    }
  }
}
