package org.inbetween.models.nn;

import ai.djl.ndarray.NDArrays;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.AbstractBlock;
import ai.djl.nn.Block;
import ai.djl.training.ParameterStore;
import ai.djl.util.PairList;

/**
 * One step of RCRNet's refinement decoder ({@code _RefinementModule}): the lateral backbone feature
 * passes a residual skip bottleneck with expansion 2 (M → N/2 → N/2 → N, projected shortcut), is
 * concatenated <em>after</em> the top-down feature, and a 3×3 conv → BN → ReLU fuses the two.
 *
 * <p>Input: [lateral (N,M,H,W), topDown (N,T,H,W)] at the same spatial size. Output:
 * (N,refineChannels,H,W). The concatenation order [topDown, skip] matters when mapping reference
 * weights.
 */
public final class RefinementModule extends AbstractBlock {
  private static final byte VERSION = 1;
  private static final int SKIP_EXPANSION = 2;

  private final int skipChannels;
  private final int refineChannels;
  private final Bottleneck skip;
  private final Block refine;

  /**
   * @param skipChannels N, the width of the skip bottleneck's output (96 in RCRNet)
   * @param refineChannels width of the fused output (128 in RCRNet)
   * @param batchNorm behaviour of the normalisation layers
   */
  public RefinementModule(int skipChannels, int refineChannels, BatchNormMode batchNorm) {
    super(VERSION);
    if (skipChannels % SKIP_EXPANSION != 0) {
      throw new IllegalArgumentException("skip channels must be even: " + skipChannels);
    }
    this.skipChannels = skipChannels;
    this.refineChannels = refineChannels;
    skip =
        addChildBlock(
            "skip",
            new Bottleneck(skipChannels / SKIP_EXPANSION, SKIP_EXPANSION, 1, 1, true, batchNorm));
    skip.initProjectionWith(Initializers.pytorchDefaultConv());
    refine = addChildBlock("refine", Layers.convBnRelu(refineChannels, 3, 1, batchNorm));
  }

  @Override
  protected NDList forwardInternal(
      ParameterStore store, NDList inputs, boolean training, PairList<String, Object> params) {
    NDList lateral = new NDList(inputs.get(0));
    NDList fused = new NDList(inputs.get(1), skip.forward(store, lateral, training).head());
    return refine.forward(store, new NDList(NDArrays.concat(fused, 1)), training);
  }

  @Override
  public Shape[] getOutputShapes(Shape[] inputShapes) {
    Shape lateral = inputShapes[0];
    return new Shape[] {new Shape(lateral.get(0), refineChannels, lateral.get(2), lateral.get(3))};
  }

  @Override
  protected void initializeChildBlocks(NDManager manager, DataType dataType, Shape... inputShapes) {
    Shape lateral = inputShapes[0];
    Shape topDown = inputShapes[1];
    skip.initialize(manager, dataType, lateral);
    refine.initialize(
        manager,
        dataType,
        new Shape(lateral.get(0), topDown.get(1) + skipChannels, lateral.get(2), lateral.get(3)));
  }
}
