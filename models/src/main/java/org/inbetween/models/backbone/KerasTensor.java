package org.inbetween.models.backbone;

import java.util.Arrays;

/**
 * One dequantised weight of a TensorFlow.js model, in TensorFlow's layout (a convolution kernel is
 * height, width, in, out).
 *
 * @param values row-major, {@code product(shape)} of them
 */
public record KerasTensor(String name, int[] shape, float[] values) {

  /** The number of elements a tensor of {@code shape} holds. */
  public static int size(int[] shape) {
    return Arrays.stream(shape).reduce(1, Math::multiplyExact);
  }

  @Override
  public String toString() {
    return name + Arrays.toString(shape);
  }
}
