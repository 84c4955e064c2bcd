package org.inbetween.app.editing;

import java.util.Arrays;
import java.util.List;

/**
 * Fills a polygon by scanlines: a pixel is inside when its centre is, by the even-odd rule, so a
 * self-crossing outline behaves as annotators expect from other tools. With {@link Ink#paint} it
 * adds to an object; with {@link Ink#erase} it cuts a hole ("polygon subtract").
 */
public final class PolygonFill {
  private PolygonFill() {}

  /**
   * @param vertices at least three, in image coordinates; the last connects back to the first
   * @return the changed area, or {@link Rect#EMPTY}
   */
  public static Rect fill(WorkingMask mask, List<ImagePoint> vertices, Ink ink) {
    if (vertices.size() < 3) {
      throw new IllegalArgumentException(
          "a polygon needs at least 3 vertices, got " + vertices.size());
    }
    double minY = vertices.stream().mapToDouble(ImagePoint::y).min().orElseThrow();
    double maxY = vertices.stream().mapToDouble(ImagePoint::y).max().orElseThrow();
    int y0 = Math.max(0, (int) Math.floor(minY));
    int y1 = Math.min(mask.height() - 1, (int) Math.ceil(maxY));
    double[] crossings = new double[vertices.size()];
    Rect dirty = Rect.EMPTY;
    for (int y = y0; y <= y1; y++) {
      int count = crossings(vertices, y + 0.5, crossings);
      Arrays.sort(crossings, 0, count);
      for (int k = 0; k + 1 < count; k += 2) {
        int first = Math.max(0, (int) Math.ceil(crossings[k] - 0.5));
        int last = Math.min(mask.width() - 1, (int) Math.ceil(crossings[k + 1] - 0.5) - 1);
        if (first <= last && mask.paintSpan(y, first, last, ink)) {
          dirty = dirty.union(Rect.spanning(first, y, last, y));
        }
      }
    }
    return dirty;
  }

  /** The x positions where the edges cross the horizontal line at {@code y}. */
  private static int crossings(List<ImagePoint> vertices, double y, double[] out) {
    int count = 0;
    for (int i = 0; i < vertices.size(); i++) {
      ImagePoint p = vertices.get(i);
      ImagePoint q = vertices.get((i + 1) % vertices.size());
      if ((p.y() > y) != (q.y() > y)) {
        out[count++] = p.x() + (y - p.y()) * (q.x() - p.x()) / (q.y() - p.y());
      }
    }
    return count;
  }
}
