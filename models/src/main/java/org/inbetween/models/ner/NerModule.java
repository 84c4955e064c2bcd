package org.inbetween.models.ner;

import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.AbstractBlock;
import ai.djl.training.ParameterStore;
import ai.djl.util.PairList;

/**
 * The non-local and recurrent (NER) module that turns per-frame features into clip-aware ones: a
 * non-local block (long-range, all frames at once), the {@link BidirectionalConvGru} (temporal
 * order), and a second non-local block. Input and output: one (N,C,T,H,W) tensor, the clip's ASPP
 * features stacked along axis 2.
 */
public final class NerModule extends AbstractBlock {
  private static final byte VERSION = 1;

  private final NonLocalBlock first;
  private final BidirectionalConvGru recurrence;
  private final NonLocalBlock second;

  /** A module over features of {@code channels} (even) channels. */
  public NerModule(int channels) {
    super(VERSION);
    first = addChildBlock("nonLocal1", new NonLocalBlock(channels));
    recurrence = addChildBlock("convGru", new BidirectionalConvGru(channels));
    second = addChildBlock("nonLocal2", new NonLocalBlock(channels));
  }

  @Override
  protected NDList forwardInternal(
      ParameterStore store, NDList inputs, boolean training, PairList<String, Object> params) {
    NDList x = first.forward(store, inputs, training);
    return second.forward(store, recurrence.forward(store, x, training), training);
  }

  @Override
  public Shape[] getOutputShapes(Shape[] inputShapes) {
    return new Shape[] {inputShapes[0]};
  }

  @Override
  protected void initializeChildBlocks(NDManager manager, DataType dataType, Shape... inputShapes) {
    first.initialize(manager, dataType, inputShapes);
    recurrence.initialize(manager, dataType, inputShapes);
    second.initialize(manager, dataType, inputShapes);
  }
}
