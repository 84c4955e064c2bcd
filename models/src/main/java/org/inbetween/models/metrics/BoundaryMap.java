package org.inbetween.models.metrics;

/**
 * The one-pixel-wide boundary of a binary mask, as DAVIS's {@code seg2bmap} draws it (after D.
 * Martin's BSDS code).
 *
 * <p>A pixel is on the boundary when it differs from its east, south or south-east neighbour
 * (outside the image counts as background). On the last row only the east neighbour counts, on the
 * last column only the south one, and the bottom-right pixel is never on the boundary. The boundary
 * therefore sits half a pixel towards the origin from the true contour, and no thinning is needed
 * afterwards.
 */
public final class BoundaryMap {
  private BoundaryMap() {}

  /** The boundary of {@code mask}, row-major, {@code width × height}. */
  public static boolean[] of(boolean[] mask, int width, int height) {
    PixelGrid.check(width, height, mask.length);
    boolean[] boundary = new boolean[mask.length];
    for (int y = 0; y < height; y++) {
      boolean lastRow = y == height - 1;
      for (int x = 0; x < width; x++) {
        boolean lastColumn = x == width - 1;
        int i = y * width + x;
        boolean here = mask[i];
        boolean east = !lastColumn && mask[i + 1];
        boolean south = !lastRow && mask[i + width];
        boolean southEast = !lastRow && !lastColumn && mask[i + width + 1];
        if (lastRow && lastColumn) {
          boundary[i] = false;
        } else if (lastColumn) {
          boundary[i] = here != south;
        } else if (lastRow) {
          boundary[i] = here != east;
        } else {
          boundary[i] = here != east || here != south || here != southEast;
        }
      }
    }
    return boundary;
  }
}
