package org.inbetween.app.ui.tools;

import javafx.beans.binding.DoubleBinding;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleDoubleProperty;

/**
 * How big one screen pixel is in image pixels (1 / zoom). Previews live in image coordinates, so
 * their outlines multiply by it to stay a constant width on screen at any zoom. The viewer adapter
 * binds {@link #screenPixelProperty()} to its zoom.
 */
public final class PreviewScale {
  private final DoubleProperty screenPixel = new SimpleDoubleProperty(1);

  public DoubleProperty screenPixelProperty() {
    return screenPixel;
  }

  public double screenPixel() {
    return screenPixel.get();
  }

  /** {@code n} screen pixels in image pixels, for stroke widths. */
  DoubleBinding screenPixels(double n) {
    return screenPixel.multiply(n);
  }
}
