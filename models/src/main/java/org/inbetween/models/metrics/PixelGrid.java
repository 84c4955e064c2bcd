package org.inbetween.models.metrics;

/** Checks shared by the metrics: every row-major array must cover the same width × height. */
final class PixelGrid {
  private PixelGrid() {}

  static void check(int width, int height, int... lengths) {
    if (width <= 0 || height <= 0) {
      throw new IllegalArgumentException("size must be positive, was " + width + "x" + height);
    }
    for (int length : lengths) {
      if (length != width * height) {
        throw new IllegalArgumentException(
            "an array of " + length + " pixels does not cover " + width + "x" + height);
      }
    }
  }

  static int count(boolean[] pixels) {
    int count = 0;
    for (boolean pixel : pixels) {
      if (pixel) {
        count++;
      }
    }
    return count;
  }
}
