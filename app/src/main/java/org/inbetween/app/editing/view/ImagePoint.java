package org.inbetween.app.editing.view;

/**
 * A position in image pixels, continuous: pixel (3, 4) covers [3, 4) × [4, 5), so its centre is
 * (3.5, 4.5). Tools use {@link #column()} and {@link #row()} to address the pixel under it.
 */
public record ImagePoint(double x, double y) {
  /** The pixel column containing this point (may be outside the image). */
  public int column() {
    return (int) Math.floor(x);
  }

  /** The pixel row containing this point (may be outside the image). */
  public int row() {
    return (int) Math.floor(y);
  }

  /** True when the point lies on a pixel of a {@code width} × {@code height} image. */
  public boolean isInside(int width, int height) {
    return x >= 0 && y >= 0 && x < width && y < height;
  }
}
