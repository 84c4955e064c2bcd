package org.inbetween.models.nn;

import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Activation;
import ai.djl.nn.Block;
import ai.djl.nn.Parameter;
import ai.djl.nn.SequentialBlock;
import ai.djl.nn.convolutional.Conv2d;

/**
 * Factories for the convolution patterns the reference networks repeat: a bias-free convolution
 * with "same" padding for its dilation, and the conv → BN → ReLU triple ({@code _ConvBatchNormReLU}
 * in the reference).
 */
public final class Layers {
  private Layers() {}

  /**
   * A bias-free square convolution, Kaiming-normal (fan-out) initialised, padded by {@code dilation
   * * (kernel - 1) / 2} so that stride 1 keeps the spatial size.
   */
  public static Conv2d conv(int outChannels, int kernel, int stride, int dilation) {
    int padding = dilation * (kernel - 1) / 2;
    Conv2d conv =
        Conv2d.builder()
            .setFilters(outChannels)
            .setKernelShape(new Shape(kernel, kernel))
            .optStride(new Shape(stride, stride))
            .optPadding(new Shape(padding, padding))
            .optDilation(new Shape(dilation, dilation))
            .optBias(false)
            .build();
    conv.setInitializer(Initializers.kaimingNormalFanOut(), Parameter.Type.WEIGHT);
    return conv;
  }

  /** Convolution (stride 1), batch normalisation, ReLU. */
  public static SequentialBlock convBnRelu(
      int outChannels, int kernel, int dilation, BatchNormMode batchNorm) {
    return new SequentialBlock()
        .add(conv(outChannels, kernel, 1, dilation))
        .add(batchNorm.newLayer())
        .add(Activation::relu);
  }

  /** Convolution followed by batch normalisation, without activation. */
  public static SequentialBlock convBn(
      int outChannels, int kernel, int stride, int dilation, BatchNormMode batchNorm) {
    return new SequentialBlock()
        .add(conv(outChannels, kernel, stride, dilation))
        .add(batchNorm.newLayer());
  }

  /** The output shape of a child block for one input shape. */
  static Shape outputShape(Block block, Shape input) {
    return block.getOutputShapes(new Shape[] {input})[0];
  }
}
