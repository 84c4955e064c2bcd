package org.inbetween.models.backbone;

/**
 * The zeros a Keras {@code ZeroPadding2D} layer adds on each side of a feature map, in pixels.
 * Keras writes them {@code [[top, bottom], [left, right]]}.
 */
public record KerasPadding(int top, int bottom, int left, int right) {
  /** No padding. */
  public static final KerasPadding NONE = new KerasPadding(0, 0, 0, 0);

  public KerasPadding {
    if (top < 0 || bottom < 0 || left < 0 || right < 0) {
      throw new IllegalArgumentException(
          "negative padding " + top + ", " + bottom + ", " + left + ", " + right);
    }
  }

  /** The padding of {@code ZeroPadding2D} layer {@code layer}. */
  static KerasPadding of(KerasLayer layer) throws TfjsFormatException {
    int[] sides = layer.expectClass("ZeroPadding2D").integers("padding");
    if (sides.length != 4) {
      throw new TfjsFormatException(
          layer.file(), "layer " + layer.name() + " has a padding of " + sides.length + " numbers");
    }
    return new KerasPadding(sides[0], sides[1], sides[2], sides[3]);
  }

  public boolean isNone() {
    return equals(NONE);
  }
}
