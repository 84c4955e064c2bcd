package org.inbetween.app.editing.view;

/**
 * How one mask layer is drawn over the frame.
 *
 * @param visible drawn at all
 * @param opacity 0 (invisible) .. 1 (opaque) for the object colours
 * @param contourOnly only the object outlines, leaving the picture inside visible
 * @param difference for a machine layer: also highlight where it disagrees with the human mask
 */
public record LayerStyle(boolean visible, double opacity, boolean contourOnly, boolean difference) {
  public LayerStyle {
    if (!(opacity >= 0 && opacity <= 1)) {
      throw new IllegalArgumentException("opacity must be 0..1, was " + opacity);
    }
  }

  /** The alpha byte (0..255) that {@link #opacity} stands for. */
  public int alpha() {
    return (int) Math.round(opacity * 255);
  }
}
