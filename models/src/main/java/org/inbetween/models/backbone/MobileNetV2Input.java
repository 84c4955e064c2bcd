package org.inbetween.models.backbone;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import org.inbetween.models.image.RgbImage;
import org.inbetween.models.nn.Resize;

/**
 * The input the bundled MobileNetV2 expects: RGB, NCHW, each byte divided by 255 (values in [0,
 * 1]).
 *
 * <p>That is what nsfwjs feeds it ({@code img.toFloat().div(255)} in its {@code infer}), not the
 * [-1, 1] of Keras's {@code preprocess_input} for ImageNet MobileNetV2: the running statistics of
 * the file's frozen blocks agree with [0, 1] inputs on DAVIS frames and not with [-1, 1] (figures
 * in {@code docs/models/mobilenetv2-port.md}).
 */
public final class MobileNetV2Input {
  private MobileNetV2Input() {}

  /** {@code image} at its own size, as a (1, 3, height, width) float tensor in [0, 1]. */
  public static NDArray of(NDManager manager, RgbImage image) {
    int width = image.width();
    int height = image.height();
    int plane = width * height;
    byte[] rgb = image.bytes();
    float[] chw = new float[3 * plane];
    for (int pixel = 0; pixel < plane; pixel++) {
      for (int channel = 0; channel < 3; channel++) {
        chw[channel * plane + pixel] = (rgb[3 * pixel + channel] & 0xFF) / 255f;
      }
    }
    return manager.create(chw, new Shape(1, 3, height, width));
  }

  /**
   * {@code image} resized bilinearly to {@code height} × {@code width}, in [0, 1]. The resize is
   * PyTorch's ({@code align_corners=false}); nsfwjs resizes with {@code alignCorners=true}, which
   * shifts samples by under a pixel and matters only for bit-exact comparisons (the port test
   * therefore feeds an image already at the network's size).
   */
  public static NDArray of(NDManager manager, RgbImage image, int height, int width) {
    return Resize.bilinear(of(manager, image), height, width);
  }
}
