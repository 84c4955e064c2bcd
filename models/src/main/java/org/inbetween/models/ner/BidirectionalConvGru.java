package org.inbetween.models.ner;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDArrays;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.AbstractBlock;
import ai.djl.nn.Activation;
import ai.djl.nn.convolutional.Conv2d;
import ai.djl.training.ParameterStore;
import ai.djl.util.PairList;
import java.util.ArrayList;
import java.util.List;

/**
 * RCRNet+NER's deeper bidirectional ConvGRU (DB-ConvGRU): the backward pass is stacked on the
 * forward pass's outputs rather than run beside it on the inputs, so every output has seen the
 * whole clip through two recurrences.
 *
 * <pre>
 * forward:  H^f_0 = X_1;          H^f_t = GRU_f(X_t, H^f_{t−1}),   t = 1..T
 * backward: H^b_{T+1} = H^f_T;    H^b_t = GRU_b(H^f_t, H^b_{t+1}), t = T..1
 * fuse:     H_t = tanh(Conv3×3([H^f_t, H^b_t]))   (2C → C, with bias)
 * </pre>
 *
 * <p>Both initial states are features, not zeros, as in the reference; so input and state have the
 * same width C. Input and output: one (N,C,T,H,W) tensor.
 */
public final class BidirectionalConvGru extends AbstractBlock {
  private static final byte VERSION = 1;

  private final ConvGruCell forwardCell;
  private final ConvGruCell backwardCell;
  private final Conv2d fuse;

  /** A DB-ConvGRU over features of {@code channels} channels. */
  public BidirectionalConvGru(int channels) {
    super(VERSION);
    forwardCell = addChildBlock("forward", new ConvGruCell(channels));
    backwardCell = addChildBlock("backward", new ConvGruCell(channels));
    fuse = addChildBlock("fuse", ConvGruCell.gate(channels));
  }

  @Override
  protected NDList forwardInternal(
      ParameterStore store, NDList inputs, boolean training, PairList<String, Object> params) {
    NDArray clip = inputs.singletonOrThrow();
    int length = Math.toIntExact(clip.getShape().get(2));
    List<NDArray> frames = new ArrayList<>(length);
    for (NDArray frame : clip.split(length, 2)) {
      frames.add(frame.squeeze(2));
    }
    NDArray[] forwardStates = new NDArray[length];
    NDArray state = frames.get(0);
    for (int t = 0; t < length; t++) {
      state = forwardCell.forward(store, new NDList(frames.get(t), state), training).head();
      forwardStates[t] = state;
    }
    NDArray[] backwardStates = new NDArray[length];
    for (int t = length - 1; t >= 0; t--) {
      state = backwardCell.forward(store, new NDList(forwardStates[t], state), training).head();
      backwardStates[t] = state;
    }
    NDList fused = new NDList(length);
    for (int t = 0; t < length; t++) {
      NDList both = new NDList(forwardStates[t].concat(backwardStates[t], 1));
      fused.add(Activation.tanh(fuse.forward(store, both, training).head()));
    }
    return new NDList(NDArrays.stack(fused, 2));
  }

  @Override
  public Shape[] getOutputShapes(Shape[] inputShapes) {
    return new Shape[] {inputShapes[0]};
  }

  @Override
  protected void initializeChildBlocks(NDManager manager, DataType dataType, Shape... inputShapes) {
    Shape in = inputShapes[0];
    Shape frame = new Shape(in.get(0), in.get(1), in.get(3), in.get(4));
    forwardCell.initialize(manager, dataType, frame, frame);
    backwardCell.initialize(manager, dataType, frame, frame);
    fuse.initialize(manager, dataType, new Shape(in.get(0), 2 * in.get(1), in.get(3), in.get(4)));
  }
}
