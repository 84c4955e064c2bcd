package org.inbetween.models.metrics;

/** Row-major binary masks with filled rectangles, for hand-checked metric cases. */
final class Rectangles {
  private Rectangles() {}

  /** A {@code width × height} mask with rows {@code [y0, y1)} and columns {@code [x0, x1)} set. */
  static boolean[] filled(int width, int height, int y0, int y1, int x0, int x1) {
    boolean[] mask = new boolean[width * height];
    for (int y = y0; y < y1; y++) {
      for (int x = x0; x < x1; x++) {
        mask[y * width + x] = true;
      }
    }
    return mask;
  }
}
