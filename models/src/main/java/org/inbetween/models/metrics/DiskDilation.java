package org.inbetween.models.metrics;

import java.util.Arrays;

/**
 * Binary dilation by the digital disk {@code {(i, j) : i² + j² ≤ r²}}, the structuring element
 * DAVIS builds with {@code skimage.morphology.disk(r)} and applies with {@code cv2.dilate}; pixels
 * outside the image are ignored.
 *
 * <p>The disk is precomputed as one horizontal half-width per row offset, so each set pixel paints
 * {@code 2r + 1} short runs: boundaries are sparse, which keeps a full 854×480 frame in the low
 * milliseconds without native code.
 */
public final class DiskDilation {
  private final int radius;
  private final int[] halfWidths;

  /** A dilation by the disk of integer {@code radius ≥ 0}. */
  public DiskDilation(int radius) {
    if (radius < 0) {
      throw new IllegalArgumentException("disk radius must be >= 0, was " + radius);
    }
    this.radius = radius;
    this.halfWidths = new int[2 * radius + 1];
    for (int dy = -radius; dy <= radius; dy++) {
      int dx = 0;
      while ((dx + 1) * (dx + 1) + dy * dy <= radius * radius) {
        dx++;
      }
      halfWidths[dy + radius] = dx;
    }
  }

  /** Number of pixels in the disk (its area), e.g. 197 for r = 8. */
  public int area() {
    int area = 0;
    for (int halfWidth : halfWidths) {
      area += 2 * halfWidth + 1;
    }
    return area;
  }

  /** {@code mask} dilated by the disk, row-major, {@code width × height}. */
  public boolean[] apply(boolean[] mask, int width, int height) {
    PixelGrid.check(width, height, mask.length);
    boolean[] out = new boolean[mask.length];
    for (int y = 0; y < height; y++) {
      for (int x = 0; x < width; x++) {
        if (mask[y * width + x]) {
          paintDisk(out, width, height, x, y);
        }
      }
    }
    return out;
  }

  private void paintDisk(boolean[] out, int width, int height, int x, int y) {
    int top = Math.max(0, y - radius);
    int bottom = Math.min(height - 1, y + radius);
    for (int yy = top; yy <= bottom; yy++) {
      int halfWidth = halfWidths[yy - y + radius];
      int row = yy * width;
      Arrays.fill(
          out,
          row + Math.max(0, x - halfWidth),
          row + Math.min(width - 1, x + halfWidth) + 1,
          true);
    }
  }
}
