package org.inbetween.models.backbone;

import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Parameter;
import ai.djl.nn.convolutional.Conv2d;
import org.inbetween.models.nn.Initializers;

/**
 * The convolutions of a MobileNetV2 as DJL blocks: bias-free, Kaiming-normal (fan-out) initialised
 * like torchvision's MobileNetV2, so that a trunk built without pretrained weights is a fair random
 * baseline. A depthwise convolution is a grouped convolution with one group per channel.
 */
final class TrunkLayers {
  private TrunkLayers() {}

  /** A dense k×k convolution. */
  static Conv2d conv(int outChannels, int kernel, int stride, int padding) {
    return grouped(outChannels, kernel, stride, padding, 1);
  }

  /** A depthwise k×k convolution over {@code channels} channels (depth multiplier 1). */
  static Conv2d depthwise(int channels, int kernel, int stride, int padding) {
    return grouped(channels, kernel, stride, padding, channels);
  }

  private static Conv2d grouped(int outChannels, int kernel, int stride, int padding, int groups) {
    Conv2d conv =
        Conv2d.builder()
            .setFilters(outChannels)
            .setKernelShape(new Shape(kernel, kernel))
            .optStride(new Shape(stride, stride))
            .optPadding(new Shape(padding, padding))
            .optGroups(groups)
            .optBias(false)
            .build();
    conv.setInitializer(Initializers.kaimingNormalFanOut(), Parameter.Type.WEIGHT);
    return conv;
  }
}
