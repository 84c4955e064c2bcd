package org.inbetween.models.flow;

import static org.bytedeco.opencv.global.opencv_core.BORDER_REPLICATE;
import static org.bytedeco.opencv.global.opencv_core.CV_32FC2;
import static org.bytedeco.opencv.global.opencv_imgproc.INTER_LINEAR;
import static org.bytedeco.opencv.global.opencv_imgproc.remap;

import java.nio.FloatBuffer;
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
    if (values.length != flow.width() * flow.height()) {
      throw new IllegalArgumentException(
          "image of " + values.length + " values cannot be warped by a " + flow + " flow");
    }
    try (Mat source = OpenCvArrays.floats(values, flow.width(), flow.height())) {
      return remapAlong(source, flow);
    }
  }

  /** The field {@code moved} sampled along {@code flow}: both components in one pass. */
  static FlowField warpField(FlowField moved, FlowField flow) {
    checkSameSize(moved, flow);
    try (Mat source = OpenCvArrays.interleaved(moved)) {
      float[] pairs = remapAlong(source, flow);
      float[] dx = new float[pairs.length / 2];
      float[] dy = new float[pairs.length / 2];
      for (int i = 0; i < dx.length; i++) {
        dx[i] = pairs[2 * i];
        dy[i] = pairs[2 * i + 1];
      }
      return FlowField.wrap(flow.width(), flow.height(), dx, dy);
    }
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

  private static float[] remapAlong(Mat source, FlowField flow) {
    int width = flow.width();
    float[] dx = flow.rawDx();
    float[] dy = flow.rawDy();
    float[] map = new float[2 * dx.length];
    for (int i = 0; i < dx.length; i++) {
      map[2 * i] = i % width + dx[i];
      map[2 * i + 1] = i / width + dy[i];
    }
    try (Mat coordinates = new Mat(flow.height(), width, CV_32FC2);
        Mat warped = new Mat();
        Mat none = new Mat();
        Scalar border = new Scalar(0.0)) {
      ((FloatBuffer) coordinates.createBuffer()).put(map);
      remap(source, warped, coordinates, none, INTER_LINEAR, BORDER_REPLICATE, border);
      return OpenCvArrays.floats(warped);
    }
  }

  private static void checkSameSize(FlowField a, FlowField b) {
    if (a.width() != b.width() || a.height() != b.height()) {
      throw new IllegalArgumentException("flows differ in size: " + a + " and " + b);
    }
  }
}
