package org.inbetween.models.flow;

import java.util.Arrays;

/**
 * A dense optical flow field as plain arrays: at pixel (x, y) the displacement is (dx, dy) pixels.
 *
 * <p>A field computed "from frame k to frame r" answers, for every pixel x of frame k, where that
 * content sits in frame r: {@code x + O(x)}. That is exactly what backward warping needs to pull a
 * mask of frame r into frame k ({@link BackwardWarp}). The app works with this type and never sees
 * an OpenCV {@code Mat}. Immutable: the arrays are owned and never handed out.
 */
public final class FlowField {
  private final int width;
  private final int height;
  private final float[] dx;
  private final float[] dy;

  private FlowField(int width, int height, float[] dx, float[] dy) {
    if (width <= 0 || height <= 0 || dx.length != width * height || dy.length != dx.length) {
      throw new IllegalArgumentException(
          "flow of " + width + "x" + height + " cannot hold " + dx.length + "/" + dy.length);
    }
    this.width = width;
    this.height = height;
    this.dx = dx;
    this.dy = dy;
  }

  /** Takes ownership of the two row-major component arrays (no copy). */
  static FlowField wrap(int width, int height, float[] dx, float[] dy) {
    return new FlowField(width, height, dx, dy);
  }

  /** A field from copies of the row-major components. */
  public static FlowField of(int width, int height, float[] dx, float[] dy) {
    return new FlowField(width, height, dx.clone(), dy.clone());
  }

  /** The same displacement (dx, dy) at every pixel. */
  public static FlowField uniform(int width, int height, float dx, float dy) {
    float[] x = new float[width * height];
    float[] y = new float[width * height];
    Arrays.fill(x, dx);
    Arrays.fill(y, dy);
    return new FlowField(width, height, x, y);
  }

  public int width() {
    return width;
  }

  public int height() {
    return height;
  }

  public float dx(int x, int y) {
    return dx[y * width + x];
  }

  public float dy(int x, int y) {
    return dy[y * width + x];
  }

  /** A copy of the horizontal components, row-major. */
  public float[] dx() {
    return dx.clone();
  }

  /** A copy of the vertical components, row-major. */
  public float[] dy() {
    return dy.clone();
  }

  float[] rawDx() {
    return dx;
  }

  float[] rawDy() {
    return dy;
  }

  /** Bytes held, for cache accounting. */
  public long sizeInBytes() {
    return 8L * dx.length;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof FlowField other
        && width == other.width
        && height == other.height
        && Arrays.equals(dx, other.dx)
        && Arrays.equals(dy, other.dy);
  }

  @Override
  public int hashCode() {
    return 31 * (31 * width + height) + Arrays.hashCode(dx) + 7 * Arrays.hashCode(dy);
  }

  @Override
  public String toString() {
    return "FlowField[" + width + "x" + height + "]";
  }
}
