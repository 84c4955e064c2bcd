package org.inbetween.models.nn;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDArrays;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.AbstractBlock;
import ai.djl.nn.Block;
import ai.djl.training.ParameterStore;
import ai.djl.util.PairList;
import java.util.ArrayList;
import java.util.List;

/**
 * Atrous spatial pyramid pooling as in RCRNet ({@code _ASPPModule}): an image-pool branch (global
 * average → 1×1 conv → BN → ReLU → bilinear back to the feature size), a 1×1 branch and one 3×3
 * branch per atrous rate, concatenated in the order [imagepool, c0, c1, c2, c3], then a 3×3 "fire"
 * convolution → BN → ReLU → channel dropout.
 *
 * <p>The image-pool branch always normalises with running statistics: with batch statistics a
 * single 1×1 value per channel (batch size 1) would normalise to nothing — PyTorch refuses that
 * case outright.
 */
public final class Aspp extends AbstractBlock {
  private static final byte VERSION = 1;

  private final int channels;
  private final Block imagePool;
  private final List<Block> branches = new ArrayList<>();
  private final Block fire;
  private final Block dropout;

  /**
   * @param channels output width of every branch and of the block (256 in RCRNet)
   * @param rates dilation rates of the 3×3 branches (6, 12, 18 at output stride 16)
   * @param dropoutRate channel dropout after the fire convolution (0.1 in RCRNet)
   * @param batchNorm behaviour of the normalisation layers
   */
  public Aspp(int channels, int[] rates, float dropoutRate, BatchNormMode batchNorm) {
    super(VERSION);
    this.channels = channels;
    imagePool = addChildBlock("imagepool", Layers.convBnRelu(channels, 1, 1, BatchNormMode.FROZEN));
    branches.add(addChildBlock("c0", Layers.convBnRelu(channels, 1, 1, batchNorm)));
    for (int i = 0; i < rates.length; i++) {
      branches.add(
          addChildBlock("c" + (i + 1), Layers.convBnRelu(channels, 3, rates[i], batchNorm)));
    }
    fire = addChildBlock("fire", Layers.convBnRelu(channels, 3, 1, batchNorm));
    dropout = addChildBlock("dropout", new ChannelDropout(dropoutRate));
  }

  @Override
  protected NDList forwardInternal(
      ParameterStore store, NDList inputs, boolean training, PairList<String, Object> params) {
    NDArray x = inputs.singletonOrThrow();
    long height = x.getShape().get(2);
    long width = x.getShape().get(3);
    // PtNDArray.mean accepts one axis at a time in DJL 0.25.
    NDArray pooled = x.mean(new int[] {3}, true).mean(new int[] {2}, true);
    NDArray image = imagePool.forward(store, new NDList(pooled), training).head();
    NDList parts = new NDList(Resize.bilinear(image, height, width));
    for (Block branch : branches) {
      parts.add(branch.forward(store, inputs, training).head());
    }
    NDList fused = fire.forward(store, new NDList(NDArrays.concat(parts, 1)), training);
    return dropout.forward(store, fused, training);
  }

  @Override
  public Shape[] getOutputShapes(Shape[] inputShapes) {
    Shape in = inputShapes[0];
    return new Shape[] {new Shape(in.get(0), channels, in.get(2), in.get(3))};
  }

  @Override
  protected void initializeChildBlocks(NDManager manager, DataType dataType, Shape... inputShapes) {
    Shape in = inputShapes[0];
    imagePool.initialize(manager, dataType, new Shape(in.get(0), in.get(1), 1, 1));
    for (Block branch : branches) {
      branch.initialize(manager, dataType, in);
    }
    Shape concatenated =
        new Shape(in.get(0), channels * (branches.size() + 1L), in.get(2), in.get(3));
    fire.initialize(manager, dataType, concatenated);
    dropout.initialize(manager, dataType, getOutputShapes(inputShapes));
  }
}
