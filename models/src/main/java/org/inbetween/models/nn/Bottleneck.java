package org.inbetween.models.nn;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.AbstractBlock;
import ai.djl.nn.Activation;
import ai.djl.nn.Block;
import ai.djl.nn.SequentialBlock;
import ai.djl.training.ParameterStore;
import ai.djl.training.initializer.Initializer;
import ai.djl.util.PairList;
import java.util.Optional;

/**
 * The torchvision v1.5 bottleneck residual block: 1×1 reduce → 3×3 (carrying the stride and the
 * dilation) → 1×1 expand, each followed by batch normalisation, then the identity or a projected
 * shortcut is added and a ReLU applied.
 *
 * <p>ResNet stages use expansion 4; RCRNet's refinement skip connection reuses the same block with
 * expansion 2 (M → N/2 → N/2 → N). DJL's model-zoo ResNet cannot stand in: it strides the first 1×1
 * convolution, has conv biases and no dilation.
 */
public final class Bottleneck extends AbstractBlock {
  private static final byte VERSION = 1;

  private final Block conv1;
  private final Block bn1;
  private final Block conv2;
  private final Block bn2;
  private final Block conv3;
  private final Block bn3;
  private final SequentialBlock downsample;

  /**
   * @param planes width of the inner 3×3 convolution
   * @param expansion output width = planes × expansion
   * @param stride stride of the 3×3 convolution and of the projection shortcut
   * @param dilation dilation (and padding) of the 3×3 convolution
   * @param project whether the shortcut is a 1×1 convolution + BN (needed when the stride or the
   *     channel count changes) rather than the identity
   * @param batchNorm behaviour of the block's normalisation layers
   */
  public Bottleneck(
      int planes,
      int expansion,
      int stride,
      int dilation,
      boolean project,
      BatchNormMode batchNorm) {
    super(VERSION);
    conv1 = addChildBlock("conv1", Layers.conv(planes, 1, 1, 1));
    bn1 = addChildBlock("bn1", batchNorm.newLayer());
    conv2 = addChildBlock("conv2", Layers.conv(planes, 3, stride, dilation));
    bn2 = addChildBlock("bn2", batchNorm.newLayer());
    conv3 = addChildBlock("conv3", Layers.conv(planes * expansion, 1, 1, 1));
    bn3 = addChildBlock("bn3", batchNorm.newLayer());
    downsample =
        project
            ? addChildBlock(
                "downsample", Layers.convBn(planes * expansion, 1, stride, 1, batchNorm))
            : null;
  }

  /**
   * Sets the initializer of the projection shortcut's convolution weight, if there is one (RCRNet's
   * refinement skip keeps PyTorch's default init there).
   */
  public void initProjectionWith(Initializer initializer) {
    Optional.ofNullable(downsample)
        .map(block -> block.getChildren().get(0).getValue())
        .ifPresent(conv -> conv.setInitializer(initializer, "weight"));
  }

  @Override
  protected NDList forwardInternal(
      ParameterStore store, NDList inputs, boolean training, PairList<String, Object> params) {
    NDList x = inputs;
    NDList out = relu(bn1.forward(store, conv1.forward(store, x, training), training));
    out = relu(bn2.forward(store, conv2.forward(store, out, training), training));
    NDArray residual = bn3.forward(store, conv3.forward(store, out, training), training).head();
    NDArray shortcut =
        downsample == null ? x.head() : downsample.forward(store, x, training).head();
    return new NDList(Activation.relu(residual.add(shortcut)));
  }

  private static NDList relu(NDList list) {
    return new NDList(Activation.relu(list.head()));
  }

  @Override
  public Shape[] getOutputShapes(Shape[] inputShapes) {
    Shape shape = inputShapes[0];
    for (Block block : new Block[] {conv1, conv2, conv3}) {
      shape = Layers.outputShape(block, shape);
    }
    return new Shape[] {shape};
  }

  @Override
  protected void initializeChildBlocks(NDManager manager, DataType dataType, Shape... inputShapes) {
    Shape shape = inputShapes[0];
    for (Block[] pair : new Block[][] {{conv1, bn1}, {conv2, bn2}, {conv3, bn3}}) {
      pair[0].initialize(manager, dataType, shape);
      shape = Layers.outputShape(pair[0], shape);
      pair[1].initialize(manager, dataType, shape);
    }
    if (downsample != null) {
      downsample.initialize(manager, dataType, inputShapes[0]);
    }
  }
}
