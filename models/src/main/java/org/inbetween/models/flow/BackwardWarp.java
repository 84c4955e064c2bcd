package org.inbetween.models.flow;

import static org.bytedeco.opencv.global.opencv_core.BORDER_REPLICATE;
import static org.bytedeco.opencv.global.opencv_imgproc.INTER_LINEAR;
import static org.bytedeco.opencv.global.opencv_imgproc.remap;

import org.bytedeco.opencv.opencv_core.Mat;
import org.bytedeco.opencv.opencv_core.Scalar;

/**
 * Backward warping: {@code out(x) = in(x + O(x))}, bilinear, with the border replicated.
 *
 * <p>This is OpenCV {@code remap(INTER_LINEAR, BORDER_REPLICATE)}, which matches the reference
 * Resample2d kernel of FGPLG (clamped neighbour indices, unclamped bilinear weights;
 * specs/models.md §1.5). Values stay soft: a binary mask comes back with fractional values along
 * its edges.
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
    float[] mapX = new float[values.length];
    float[] mapY = new float[values.length];
    float[] dx = flow.rawDx();
    float[] dy = flow.rawDy();
    for (int y = 0, i = 0; y < height; y++) {
      for (int x = 0; x < width; x++, i++) {
        mapX[i] = x + dx[i];
        mapY[i] = y + dy[i];
      }
    }
    try (Mat source = OpenCvArrays.floats(values, width, height);
        Mat xs = OpenCvArrays.floats(mapX, width, height);
        Mat ys = OpenCvArrays.floats(mapY, width, height);
        Mat warped = new Mat();
        Scalar border = new Scalar(0.0)) {
      remap(source, warped, xs, ys, INTER_LINEAR, BORDER_REPLICATE, border);
      return OpenCvArrays.floats(warped);
    }
  }

  /**
   * The flow of two steps in a row: {@code first} from a to b, then {@code second} from b to c,
   * gives the flow from a to c, {@code O(x) = first(x) + second(x + first(x))}.
   */
  public static FlowField compose(FlowField first, FlowField second) {
    if (first.width() != second.width() || first.height() != second.height()) {
      throw new IllegalArgumentException("cannot compose " + first + " with " + second);
    }
    float[] dx = warp(second.rawDx(), first);
    float[] dy = warp(second.rawDy(), first);
    float[] firstDx = first.rawDx();
    float[] firstDy = first.rawDy();
    for (int i = 0; i < dx.length; i++) {
      dx[i] += firstDx[i];
      dy[i] += firstDy[i];
    }
    return FlowField.wrap(first.width(), first.height(), dx, dy);
  }
}
