package org.inbetween.models.nn;

import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.AbstractBlock;
import ai.djl.nn.Activation;
import ai.djl.nn.SequentialBlock;
import ai.djl.nn.convolutional.Conv2d;
import ai.djl.nn.pooling.Pool;
import ai.djl.training.ParameterStore;
import ai.djl.util.PairList;
import java.util.ArrayList;
import java.util.List;

/**
 * A bottleneck ResNet in the torchvision layout with a stride and a dilation per stage, returning
 * the four stage outputs (layer1..layer4) that a segmentation decoder taps, not class scores.
 *
 * <p>Stem: 7×7/2 convolution (no bias) → BN → ReLU → 3×3/2 max-pool with padding 1. Each stage's
 * first block carries the stride and a projection shortcut when the stride or width changes; every
 * block of a stage uses the stage's dilation (no multi-grid). The number of input channels is
 * whatever the input shape at initialisation says (3 for RGB, 7 for FGPLG).
 */
public final class DilatedResNet extends AbstractBlock {
  private static final byte VERSION = 1;

  private final SequentialBlock stem;
  private final List<SequentialBlock> stages = new ArrayList<>();

  /** Builds the network described by {@code spec}. */
  public DilatedResNet(ResNetSpec spec, BatchNormMode batchNorm) {
    super(VERSION);
    Conv2d stemConv = Layers.conv(spec.stemWidth(), 7, 2, 1);
    stem =
        addChildBlock(
            "stem",
            new SequentialBlock()
                .add(stemConv)
                .add(batchNorm.newLayer())
                .add(Activation::relu)
                .add(Pool.maxPool2dBlock(new Shape(3, 3), new Shape(2, 2), new Shape(1, 1))));
    int inChannels = spec.stemWidth();
    for (int s = 0; s < ResNetSpec.STAGES; s++) {
      SequentialBlock stage = new SequentialBlock();
      int stride = spec.strides()[s];
      int outChannels = spec.stageChannels(s);
      boolean project = stride != 1 || inChannels != outChannels;
      int planes = spec.planes()[s];
      int dilation = spec.dilations()[s];
      stage.add(new Bottleneck(planes, spec.expansion(), stride, dilation, project, batchNorm));
      for (int b = 1; b < spec.blocks()[s]; b++) {
        stage.add(new Bottleneck(planes, spec.expansion(), 1, dilation, false, batchNorm));
      }
      stages.add(addChildBlock("layer" + (s + 1), stage));
      inChannels = outChannels;
    }
  }

  /** Input: one NCHW tensor. Output: the four stage feature maps, shallowest first. */
  @Override
  protected NDList forwardInternal(
      ParameterStore store, NDList inputs, boolean training, PairList<String, Object> params) {
    NDList x = stem.forward(store, inputs, training);
    NDList features = new NDList(ResNetSpec.STAGES);
    for (SequentialBlock stage : stages) {
      x = stage.forward(store, x, training);
      features.add(x.head());
    }
    return features;
  }

  @Override
  public Shape[] getOutputShapes(Shape[] inputShapes) {
    Shape shape = Layers.outputShape(stem, inputShapes[0]);
    Shape[] outputs = new Shape[ResNetSpec.STAGES];
    for (int s = 0; s < ResNetSpec.STAGES; s++) {
      shape = Layers.outputShape(stages.get(s), shape);
      outputs[s] = shape;
    }
    return outputs;
  }

  @Override
  protected void initializeChildBlocks(NDManager manager, DataType dataType, Shape... inputShapes) {
    stem.initialize(manager, dataType, inputShapes[0]);
    Shape shape = Layers.outputShape(stem, inputShapes[0]);
    for (SequentialBlock stage : stages) {
      stage.initialize(manager, dataType, shape);
      shape = Layers.outputShape(stage, shape);
    }
  }
}
