package org.inbetween.models.flow;

import static org.bytedeco.opencv.global.opencv_core.CV_8UC1;

import java.nio.ByteBuffer;
import org.bytedeco.opencv.opencv_core.Mat;

/**
 * A frame as DIS optical flow takes it: 8-bit grayscale at the estimator's working resolution, held
 * as plain bytes so that it can be cached without native memory. Made by {@link
 * DisFlowEstimator#prepare}.
 */
public final class WorkingFrame {
  private final int width;
  private final int height;
  private final byte[] gray;

  private WorkingFrame(int width, int height, byte[] gray) {
    this.width = width;
    this.height = height;
    this.gray = gray;
  }

  static WorkingFrame of(Mat gray) {
    Mat continuous = gray.isContinuous() ? gray : gray.clone();
    try {
      byte[] bytes = new byte[(int) continuous.total()];
      ((ByteBuffer) continuous.createBuffer()).get(bytes);
      return new WorkingFrame(continuous.cols(), continuous.rows(), bytes);
    } finally {
      if (continuous != gray) {
        continuous.close();
      }
    }
  }

  /** A new CV_8UC1 copy; the caller closes it. */
  Mat toMat() {
    Mat mat = new Mat(height, width, CV_8UC1);
    ((ByteBuffer) mat.createBuffer()).put(gray);
    return mat;
  }

  public int width() {
    return width;
  }

  public int height() {
    return height;
  }
}
