package org.inbetween.models.flow;

import static org.bytedeco.opencv.global.opencv_core.CV_32FC1;
import static org.bytedeco.opencv.global.opencv_core.CV_8UC3;
import static org.bytedeco.opencv.global.opencv_imgproc.COLOR_RGB2GRAY;
import static org.bytedeco.opencv.global.opencv_imgproc.cvtColor;

import java.nio.FloatBuffer;
import org.bytedeco.opencv.opencv_core.Mat;
import org.inbetween.models.image.RgbImage;

/**
 * Copies between plain Java arrays and OpenCV {@code Mat}s. Every {@code Mat} returned here is
 * owned by the caller, who closes it (try-with-resources); no {@code Mat} leaves this package.
 */
final class OpenCvArrays {
  private OpenCvArrays() {}

  /** An 8-bit single-channel copy of {@code image}, as DIS optical flow requires. */
  static Mat gray(RgbImage image) {
    Mat gray = new Mat();
    try (Mat rgb = new Mat(image.height(), image.width(), CV_8UC3)) {
      rgb.data().put(image.bytes());
      cvtColor(rgb, gray, COLOR_RGB2GRAY);
    }
    return gray;
  }

  /** A CV_32FC1 copy of row-major {@code values}. */
  static Mat floats(float[] values, int width, int height) {
    Mat mat = new Mat(height, width, CV_32FC1);
    ((FloatBuffer) mat.createBuffer()).put(values);
    return mat;
  }

  /** The float values of a continuous CV_32F matrix, channels interleaved. */
  static float[] floats(Mat mat) {
    Mat continuous = mat.isContinuous() ? mat : mat.clone();
    try {
      float[] out = new float[(int) (continuous.total() * continuous.channels())];
      ((FloatBuffer) continuous.createBuffer()).get(out);
      return out;
    } finally {
      if (continuous != mat) {
        continuous.close();
      }
    }
  }

  /** Splits a CV_32FC2 flow matrix into a field. */
  static FlowField flowField(Mat flow) {
    float[] interleaved = floats(flow);
    int n = interleaved.length / 2;
    float[] dx = new float[n];
    float[] dy = new float[n];
    for (int i = 0; i < n; i++) {
      dx[i] = interleaved[2 * i];
      dy[i] = interleaved[2 * i + 1];
    }
    return FlowField.wrap(flow.cols(), flow.rows(), dx, dy);
  }
}
