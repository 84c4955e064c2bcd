package org.inbetween.models.nn;

import ai.djl.ndarray.NDArray;
import ai.djl.pytorch.engine.PtNDArray;
import ai.djl.pytorch.jni.JniUtils;

/**
 * Bilinear resizing of NCHW tensors with PyTorch's {@code align_corners=False}, as {@code
 * F.interpolate(x, size, mode="bilinear")} in the reference decoder.
 *
 * <p>DJL 0.25's engine-neutral resize expects NHWC, so this goes to the PyTorch engine's {@code
 * interpolate} directly (mode 2 = bilinear); it is differentiable like any torch op.
 */
public final class Resize {
  private static final int BILINEAR = 2;

  private Resize() {}

  /** {@code input} (N,C,h,w) resized to (N,C,height,width). */
  public static NDArray bilinear(NDArray input, long height, long width) {
    if (!(input instanceof PtNDArray torchArray)) {
      throw new IllegalArgumentException(
          "bilinear resize needs the PyTorch engine, got an array of "
              + input.getManager().getEngine().getEngineName());
    }
    if (input.getShape().get(2) == height && input.getShape().get(3) == width) {
      return input;
    }
    return JniUtils.interpolate(torchArray, new long[] {height, width}, BILINEAR, false);
  }
}
