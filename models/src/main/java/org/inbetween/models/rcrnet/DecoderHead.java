package org.inbetween.models.rcrnet;

import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Parameter;
import ai.djl.nn.SequentialBlock;
import ai.djl.nn.convolutional.Conv2d;
import ai.djl.training.initializer.Initializer;
import org.inbetween.models.nn.BatchNormMode;
import org.inbetween.models.nn.Initializers;
import org.inbetween.models.nn.Layers;

/**
 * RCRNet's full-resolution classifier ({@code decoder}): 3×3 conv → BN → ReLU, then a 1×1
 * convolution with bias down to one channel of logits, its weights Kaiming-normal or zero.
 */
final class DecoderHead extends SequentialBlock {

  DecoderHead(int channels, BatchNormMode batchNorm, boolean zeroLogits) {
    add(Layers.convBnRelu(channels, 3, 1, batchNorm));
    Conv2d logits =
        Conv2d.builder().setFilters(1).setKernelShape(new Shape(1, 1)).optBias(true).build();
    logits.setInitializer(
        zeroLogits ? Initializer.ZEROS : Initializers.kaimingNormalFanOut(), Parameter.Type.WEIGHT);
    add(logits);
  }
}
