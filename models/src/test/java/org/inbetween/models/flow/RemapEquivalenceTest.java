package org.inbetween.models.flow;

import static org.bytedeco.opencv.global.opencv_core.BORDER_REPLICATE;
import static org.bytedeco.opencv.global.opencv_imgproc.INTER_LINEAR;
import static org.bytedeco.opencv.global.opencv_imgproc.remap;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.bytedeco.opencv.opencv_core.Mat;
import org.bytedeco.opencv.opencv_core.Scalar;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@link BackwardWarp} agrees with OpenCV {@code remap(INTER_LINEAR, BORDER_REPLICATE)}, the
 * reference the spec names, up to remap's 1/32-pixel interpolation tables; flows reach past every
 * border so the replication is exercised.
 */
class RemapEquivalenceTest {
  private static final int WIDTH = 37;
  private static final int HEIGHT = 23;

  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3})
  void matchesOpenCvRemapWithBorderReplication(long seed) {
    Random random = new Random(seed);
    float[] values = new float[WIDTH * HEIGHT];
    float[] dx = new float[values.length];
    float[] dy = new float[values.length];
    float[] mapX = new float[values.length];
    float[] mapY = new float[values.length];
    for (int i = 0; i < values.length; i++) {
      values[i] = random.nextFloat() < 0.3f ? 0f : random.nextFloat();
      dx[i] = (random.nextFloat() - 0.5f) * 20f;
      dy[i] = (random.nextFloat() - 0.5f) * 20f;
      mapX[i] = i % WIDTH + dx[i];
      mapY[i] = i / WIDTH + dy[i];
    }

    float[] ours = BackwardWarp.warp(values, FlowField.of(WIDTH, HEIGHT, dx, dy));

    try (Mat source = OpenCvArrays.floats(values, WIDTH, HEIGHT);
        Mat xs = OpenCvArrays.floats(mapX, WIDTH, HEIGHT);
        Mat ys = OpenCvArrays.floats(mapY, WIDTH, HEIGHT);
        Mat warped = new Mat();
        Scalar border = new Scalar(0.0)) {
      remap(source, warped, xs, ys, INTER_LINEAR, BORDER_REPLICATE, border);
      float[] theirs = OpenCvArrays.floats(warped);
      for (int i = 0; i < ours.length; i++) {
        assertEquals(theirs[i], ours[i], 0.04f, "pixel " + i);
      }
    }
  }
}
