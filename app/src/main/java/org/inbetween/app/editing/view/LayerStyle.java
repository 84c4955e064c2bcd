package org.inbetween.app.editing.view;

/**
 * How one mask layer is drawn over the frame.
 *
 * @param visible drawn at all
 * @param opacity 0 (invisible) .. 1 (opaque) for the object colours
 * @param contourOnly only the object outlines, leaving the picture inside visible
 * @param difference for a machine layer: drawn as its disagreement with the frame's reference (the
 *     human mask, else the pseudo-label) instead of its own colours
 * @param tint 0xRRGGBB to draw every object of the layer in, so that model layers stay apart from
 *     each other and from the pseudo-labels; {@link #OBJECT_COLOURS} for each object's own colour
 */
public record LayerStyle(
    boolean visible, double opacity, boolean contourOnly, boolean difference, int tint) {
  /** {@link #tint} value meaning "each object in its project colour". */
  public static final int OBJECT_COLOURS = -1;

  public LayerStyle {
    if (!(opacity >= 0 && opacity <= 1)) {
      throw new IllegalArgumentException("opacity must be 0..1, was " + opacity);
    }
    if (tint != OBJECT_COLOURS && (tint & ~0xFFFFFF) != 0) {
      throw new IllegalArgumentException("tint must be 0xRRGGBB, was " + Integer.toHexString(tint));
    }
  }

  /** A style in the objects' own colours. */
  public LayerStyle(boolean visible, double opacity, boolean contourOnly, boolean difference) {
    this(visible, opacity, contourOnly, difference, OBJECT_COLOURS);
  }

  /** The alpha byte (0..255) that {@link #opacity} stands for. */
  public int alpha() {
    return (int) Math.round(opacity * 255);
  }

  /** The colour {@code label} is drawn in, given the object colour table. */
  int colourOf(int[] colours, int label) {
    return tint == OBJECT_COLOURS ? colours[label] : tint;
  }
}
