package org.inbetween.app.editing;

/**
 * A round brush dragged along a straight segment: every pixel whose centre lies within {@code
 * radius} of the segment gets the ink (a "capsule"). Painting each pair of consecutive mouse
 * samples as one segment leaves no gaps however fast the mouse moves, which stamping discs at the
 * samples would.
 *
 * <pre>{@code
 * Rect dirty = Brush.segment(working, previous, now, 12, Ink.paint(objectId));
 * }</pre>
 */
public final class Brush {
  /** The smallest useful radius: any point is within it of at least one pixel centre. */
  public static final double MIN_RADIUS = 1;

  private Brush() {}

  /**
   * Paints the capsule from {@code a} to {@code b} (a disc when they are equal).
   *
   * @return the rows and columns that changed, or {@link Rect#EMPTY}
   */
  public static Rect segment(WorkingMask mask, ImagePoint a, ImagePoint b, double radius, Ink ink) {
    if (!(radius >= MIN_RADIUS)) {
      throw new IllegalArgumentException("brush radius must be >= " + MIN_RADIUS + ": " + radius);
    }
    Capsule capsule = new Capsule(a, b, radius);
    int x0 = Math.max(0, (int) Math.floor(Math.min(a.x(), b.x()) - radius));
    int x1 = Math.min(mask.width() - 1, (int) Math.ceil(Math.max(a.x(), b.x()) + radius));
    int y0 = Math.max(0, (int) Math.floor(Math.min(a.y(), b.y()) - radius));
    int y1 = Math.min(mask.height() - 1, (int) Math.ceil(Math.max(a.y(), b.y()) + radius));
    Rect dirty = Rect.EMPTY;
    for (int y = y0; y <= y1; y++) {
      int left = x0;
      while (left <= x1 && !capsule.covers(left, y)) {
        left++;
      }
      if (left > x1) {
        continue;
      }
      int right = x1;
      while (!capsule.covers(right, y)) {
        right--;
      }
      if (mask.paintSpan(y, left, right, ink)) {
        dirty = dirty.union(Rect.spanning(left, y, right, y));
      }
    }
    return dirty;
  }

  /** The set of points within {@code radius} of a segment; convex, so each row meets it once. */
  private record Capsule(ImagePoint a, ImagePoint b, double radius) {
    boolean covers(int column, int row) {
      double px = column + 0.5 - a.x();
      double py = row + 0.5 - a.y();
      double dx = b.x() - a.x();
      double dy = b.y() - a.y();
      double lengthSquared = dx * dx + dy * dy;
      double t =
          lengthSquared == 0 ? 0 : Math.max(0, Math.min(1, (px * dx + py * dy) / lengthSquared));
      double ex = px - t * dx;
      double ey = py - t * dy;
      return ex * ex + ey * ey <= radius * radius;
    }
  }
}
