package org.inbetween.models.flow;

import static org.bytedeco.opencv.global.opencv_imgproc.INTER_LINEAR;

import org.bytedeco.opencv.global.opencv_imgproc;
import org.bytedeco.opencv.opencv_core.Mat;
import org.bytedeco.opencv.opencv_core.Size;

/**
 * Bilinear resizing of flow fields and per-pixel maps between the resolution flow is computed at
 * and the frames' resolution. A flow's values are displacements in its own pixels, so resizing a
 * flow also rescales them.
 */
public final class FlowScaling {
  private FlowScaling() {}

  /** {@code flow} resampled to {@code width x height}, displacements in the new pixels. */
  public static FlowField resize(FlowField flow, int width, int height) {
    if (flow.width() == width && flow.height() == height) {
      return flow;
    }
    float scaleX = (float) width / flow.width();
    float scaleY = (float) height / flow.height();
    float[] dx = resize(flow.rawDx(), flow.width(), flow.height(), width, height);
    float[] dy = resize(flow.rawDy(), flow.width(), flow.height(), width, height);
    for (int i = 0; i < dx.length; i++) {
      dx[i] *= scaleX;
      dy[i] *= scaleY;
    }
    return FlowField.wrap(width, height, dx, dy);
  }

  /** A row-major map of {@code fromWidth x fromHeight} resampled bilinearly to the new size. */
  public static float[] resize(
      float[] values, int fromWidth, int fromHeight, int width, int height) {
    if (fromWidth == width && fromHeight == height) {
      return values.clone();
    }
    try (Mat source = OpenCvArrays.floats(values, fromWidth, fromHeight);
        Mat resized = new Mat();
        Size size = new Size(width, height)) {
      opencv_imgproc.resize(source, resized, size, 0, 0, INTER_LINEAR);
      return OpenCvArrays.floats(resized);
    }
  }
}
