package org.inbetween.app.editing.view;

/**
 * Which pixels of a label map lie on an object's outline: a labelled pixel whose left, right, upper
 * or lower neighbour carries another label (the background included) or lies outside the image.
 * Using the four direct neighbours gives a closed, one pixel wide, 8-connected outline that sits
 * inside the object, so a contour never covers a neighbour's pixels.
 */
public final class Contours {
  private Contours() {}

  /**
   * True when pixel {@code index} (row-major) of a {@code width}-wide label map is on a contour.
   */
  public static boolean isContour(byte[] labels, int width, int index) {
    byte label = labels[index];
    if (label == 0) {
      return false;
    }
    int x = index % width;
    int height = labels.length / width;
    int y = index / width;
    return x == 0
        || y == 0
        || x == width - 1
        || y == height - 1
        || labels[index - 1] != label
        || labels[index + 1] != label
        || labels[index - width] != label
        || labels[index + width] != label;
  }
}
