package org.inbetween.models.flow;

/**
 * Backward warping: {@code out(x) = in(x + O(x))}, bilinear, with the border replicated.
 *
 * <p>This is the reference Resample2d kernel of FGPLG (specs/models.md §1.5): neighbour indices
 * clamped to the image, bilinear weights from the unclamped position. OpenCV's {@code
 * remap(INTER_LINEAR, BORDER_REPLICATE)} computes the same up to its 1/32-pixel weight tables (the
 * tests hold the two together); doing it here avoids three native copies per call and lets a mask
 * skip every pixel whose four neighbours lie outside the mask's bounding box, which is most of a
 * frame. Values stay soft: a binary mask comes back with fractional values along its edges.
 */
public final class BackwardWarp {
  private BackwardWarp() {}

  /**
   * Pulls {@code values} (a row-major image of the flow's size, one float per pixel) along {@code
   * flow}: the result at x is the value at {@code x + flow(x)}.
   */
  public static float[] warp(float[] values, FlowField flow) {
    int width = flow.width();
    int height = flow.height();
    if (values.length != width * height) {
      throw new IllegalArgumentException(
          "image of " + values.length + " values cannot be warped by a " + flow + " flow");
    }
    int[] box = nonZeroBox(values, width, height);
    float[] out = new float[values.length];
    if (box == null) {
      return out;
    }
    float[] dx = flow.rawDx();
    float[] dy = flow.rawDy();
    for (int y = 0, i = 0; y < height; y++) {
      for (int x = 0; x < width; x++, i++) {
        float sx = x + dx[i];
        float sy = y + dy[i];
        int fx = (int) Math.floor(sx);
        int fy = (int) Math.floor(sy);
        int x0 = clamp(fx, width);
        int x1 = clamp(fx + 1, width);
        int y0 = clamp(fy, height);
        int y1 = clamp(fy + 1, height);
        if (x1 < box[0] || x0 > box[2] || y1 < box[1] || y0 > box[3]) {
          continue;
        }
        float a = sx - fx;
        float b = sy - fy;
        float top = (1 - a) * values[y0 * width + x0] + a * values[y0 * width + x1];
        float bottom = (1 - a) * values[y1 * width + x0] + a * values[y1 * width + x1];
        out[i] = (1 - b) * top + b * bottom;
      }
    }
    return out;
  }

  /** The field {@code moved} sampled along {@code flow}. */
  static FlowField warpField(FlowField moved, FlowField flow) {
    if (moved.width() != flow.width() || moved.height() != flow.height()) {
      throw new IllegalArgumentException("flows differ in size: " + moved + " and " + flow);
    }
    return FlowField.wrap(
        flow.width(), flow.height(), warp(moved.rawDx(), flow), warp(moved.rawDy(), flow));
  }

  /**
   * The flow of two steps in a row: {@code first} from a to b, then {@code second} from b to c,
   * gives the flow from a to c, {@code O(x) = first(x) + second(x + first(x))}.
   */
  public static FlowField compose(FlowField first, FlowField second) {
    FlowField moved = warpField(second, first);
    float[] dx = moved.rawDx();
    float[] dy = moved.rawDy();
    float[] firstDx = first.rawDx();
    float[] firstDy = first.rawDy();
    for (int i = 0; i < dx.length; i++) {
      dx[i] += firstDx[i];
      dy[i] += firstDy[i];
    }
    return moved;
  }

  private static int clamp(int index, int size) {
    return index < 0 ? 0 : Math.min(index, size - 1);
  }

  /** {minX, minY, maxX, maxY} of the non-zero values, or null if all are zero. */
  private static int[] nonZeroBox(float[] values, int width, int height) {
    int minX = width;
    int minY = height;
    int maxX = -1;
    int maxY = -1;
    for (int y = 0, i = 0; y < height; y++) {
      for (int x = 0; x < width; x++, i++) {
        if (values[i] != 0f) {
          minX = Math.min(minX, x);
          maxX = Math.max(maxX, x);
          minY = Math.min(minY, y);
          maxY = Math.max(maxY, y);
        }
      }
    }
    return maxX < 0 ? null : new int[] {minX, minY, maxX, maxY};
  }
}
