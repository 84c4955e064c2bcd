package org.inbetween.app.editing;

/**
 * A position in image pixel coordinates, as the viewer reports it after undoing zoom and pan.
 *
 * <p>Continuous: pixel (i, j) covers {@code [i, i+1) x [j, j+1)} and its centre is {@code (i+0.5,
 * j+0.5)}. Tools decide coverage by pixel centres, so a shape means the same pixels at any zoom.
 */
public record ImagePoint(double x, double y) {
  /** The column of the pixel this point falls in (may be outside the image). */
  public int column() {
    return (int) Math.floor(x);
  }

  /** The row of the pixel this point falls in (may be outside the image). */
  public int row() {
    return (int) Math.floor(y);
  }

  /** True when the point lies on a pixel of a {@code width} x {@code height} image. */
  public boolean isInside(int width, int height) {
    return x >= 0 && y >= 0 && x < width && y < height;
  }
}
