package org.inbetween.app.editing;

import org.inbetween.models.image.LabelMask;

/**
 * A rectangle of whole pixels: the part of a mask an operation changed (so the overlay redraws only
 * that), or the box a smart-select was seeded with.
 *
 * @param x first column
 * @param y first row
 * @param width columns, 0 for an empty rectangle
 * @param height rows, 0 for an empty rectangle
 */
public record Rect(int x, int y, int width, int height) {
  /** Nothing changed. */
  public static final Rect EMPTY = new Rect(0, 0, 0, 0);

  public Rect {
    if (width < 0 || height < 0) {
      throw new IllegalArgumentException("negative rectangle size " + width + "x" + height);
    }
  }

  /** The rectangle spanning columns {@code x0..x1} and rows {@code y0..y1}, both inclusive. */
  public static Rect spanning(int x0, int y0, int x1, int y1) {
    return x1 < x0 || y1 < y0 ? EMPTY : new Rect(x0, y0, x1 - x0 + 1, y1 - y0 + 1);
  }

  /** The rectangle whose corners are the pixels of two points, in any order. */
  public static Rect between(ImagePoint a, ImagePoint b) {
    return spanning(
        Math.min(a.column(), b.column()),
        Math.min(a.row(), b.row()),
        Math.max(a.column(), b.column()),
        Math.max(a.row(), b.row()));
  }

  public boolean isEmpty() {
    return width == 0 || height == 0;
  }

  /** One past the last column. */
  public int endX() {
    return x + width;
  }

  /** One past the last row. */
  public int endY() {
    return y + height;
  }

  public int area() {
    return width * height;
  }

  public boolean contains(int column, int row) {
    return column >= x && column < endX() && row >= y && row < endY();
  }

  /** The smallest rectangle holding both. */
  public Rect union(Rect other) {
    if (isEmpty()) {
      return other;
    }
    if (other.isEmpty()) {
      return this;
    }
    return spanning(
        Math.min(x, other.x),
        Math.min(y, other.y),
        Math.max(endX(), other.endX()) - 1,
        Math.max(endY(), other.endY()) - 1);
  }

  /** This rectangle grown by {@code margin} on every side, then cut to a w x h image. */
  public Rect grownWithin(int margin, int imageWidth, int imageHeight) {
    if (isEmpty()) {
      return EMPTY;
    }
    return spanning(
        Math.max(0, x - margin),
        Math.max(0, y - margin),
        Math.min(imageWidth, endX() + margin) - 1,
        Math.min(imageHeight, endY() + margin) - 1);
  }

  /** The smallest rectangle holding every pixel of {@code label}; EMPTY when there is none. */
  public static Rect extentOf(LabelMask mask, int label) {
    int minX = Integer.MAX_VALUE;
    int minY = Integer.MAX_VALUE;
    int maxX = -1;
    int maxY = -1;
    for (int y = 0; y < mask.height(); y++) {
      for (int x = 0; x < mask.width(); x++) {
        if (mask.label(x, y) == label) {
          minX = Math.min(minX, x);
          maxX = Math.max(maxX, x);
          minY = Math.min(minY, y);
          maxY = y;
        }
      }
    }
    return maxX < 0 ? EMPTY : spanning(minX, minY, maxX, maxY);
  }
}
