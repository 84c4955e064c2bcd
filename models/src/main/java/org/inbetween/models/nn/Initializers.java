package org.inbetween.models.nn;

import ai.djl.ndarray.types.Shape;
import ai.djl.training.initializer.ConstantInitializer;
import ai.djl.training.initializer.Initializer;
import ai.djl.training.initializer.XavierInitializer;

/**
 * The weight initialisations of the reference PyTorch code, expressed as DJL initializers.
 *
 * <p>Every convolution weight must get one of these explicitly: DJL would otherwise fall back to
 * Xavier, which trains a deep ReLU network measurably worse than the reference's Kaiming init.
 */
public final class Initializers {
  private Initializers() {}

  /**
   * {@code nn.init.kaiming_normal_(w, mode='fan_out', nonlinearity='relu')}: N(0, 2 / fan_out) with
   * fan_out = out_channels * kernel area. DJL's Xavier with a Gaussian, the OUT factor and
   * magnitude 2 is exactly that distribution.
   */
  public static Initializer kaimingNormalFanOut() {
    return new XavierInitializer(
        XavierInitializer.RandomType.GAUSSIAN, XavierInitializer.FactorType.OUT, 2f);
  }

  /**
   * PyTorch's default {@code Conv2d} weight init ({@code kaiming_uniform_(a=sqrt(5))}): U(-b, b)
   * with b = 1 / sqrt(fan_in), fan_in = in_channels * kernel area. The reference keeps it for the
   * refinement modules' skip downsample convolution, whose name escapes its init loop.
   */
  public static Initializer pytorchDefaultConv() {
    return (manager, shape, dataType) -> {
      double bound = 1.0 / Math.sqrt(fanIn(shape));
      return manager.randomUniform((float) -bound, (float) bound, shape, dataType);
    };
  }

  /** The reference RCRNet sets every bias outside the ResNet (BN betas included) to 0.001. */
  public static Initializer headBias() {
    return new ConstantInitializer(0.001f);
  }

  private static long fanIn(Shape weightShape) {
    long fan = weightShape.get(1);
    for (int axis = 2; axis < weightShape.dimension(); axis++) {
      fan *= weightShape.get(axis);
    }
    return fan;
  }
}
