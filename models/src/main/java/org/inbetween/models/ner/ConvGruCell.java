package org.inbetween.models.ner;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.AbstractBlock;
import ai.djl.nn.Activation;
import ai.djl.nn.Parameter;
import ai.djl.nn.convolutional.Conv2d;
import ai.djl.training.ParameterStore;
import ai.djl.util.PairList;
import org.inbetween.models.nn.Initializers;

/**
 * One step of RCRNet's convolutional GRU ({@code libs/modules/convgru.py}), with 3×3 gates over the
 * concatenation {@code [x, h]} in that order:
 *
 * <pre>
 * r  = σ(Conv_r([x, h]))        z = σ(Conv_z([x, h]))
 * h~ = tanh(Conv_o([x, r ⊙ h]))
 * h' = (1 − z) ⊙ h~ + z ⊙ h
 * </pre>
 *
 * <p>Note that z gates the <em>old</em> state, the opposite of the LVO ConvGRU; reference weights
 * would mean something else under the other convention. The gate weights follow PyTorch's default
 * convolution init (the reference's own init loop never runs); biases start at zero.
 *
 * <p>Input: [x (N,Cx,H,W), h (N,C,H,W)]; output: h' (N,C,H,W).
 */
public final class ConvGruCell extends AbstractBlock {
  private static final byte VERSION = 1;

  private final int hiddenChannels;
  private final Conv2d reset;
  private final Conv2d update;
  private final Conv2d output;

  /** A cell whose state has {@code hiddenChannels} channels. */
  public ConvGruCell(int hiddenChannels) {
    super(VERSION);
    this.hiddenChannels = hiddenChannels;
    reset = addChildBlock("reset", gate(hiddenChannels));
    update = addChildBlock("update", gate(hiddenChannels));
    output = addChildBlock("output", gate(hiddenChannels));
  }

  /** A 3×3 convolution with bias, padded to keep the size; shared with the clip fusion. */
  static Conv2d gate(int filters) {
    Conv2d conv =
        Conv2d.builder()
            .setFilters(filters)
            .setKernelShape(new Shape(3, 3))
            .optPadding(new Shape(1, 1))
            .optBias(true)
            .build();
    conv.setInitializer(Initializers.pytorchDefaultConv(), Parameter.Type.WEIGHT);
    return conv;
  }

  @Override
  protected NDList forwardInternal(
      ParameterStore store, NDList inputs, boolean training, PairList<String, Object> params) {
    NDArray x = inputs.get(0);
    NDArray h = inputs.get(1);
    NDList xh = new NDList(x.concat(h, 1));
    NDArray r = Activation.sigmoid(reset.forward(store, xh, training).head());
    NDArray z = Activation.sigmoid(update.forward(store, xh, training).head());
    NDList xrh = new NDList(x.concat(r.mul(h), 1));
    NDArray candidate = Activation.tanh(output.forward(store, xrh, training).head());
    return new NDList(z.neg().add(1).mul(candidate).add(z.mul(h)));
  }

  @Override
  public Shape[] getOutputShapes(Shape[] inputShapes) {
    return new Shape[] {inputShapes[1]};
  }

  @Override
  protected void initializeChildBlocks(NDManager manager, DataType dataType, Shape... inputShapes) {
    Shape x = inputShapes[0];
    Shape h = inputShapes[1];
    if (h.get(1) != hiddenChannels) {
      throw new IllegalArgumentException(
          "a ConvGRU with " + hiddenChannels + " hidden channels got a state of shape " + h);
    }
    Shape joined = new Shape(x.get(0), x.get(1) + h.get(1), x.get(2), x.get(3));
    reset.initialize(manager, dataType, joined);
    update.initialize(manager, dataType, joined);
    output.initialize(manager, dataType, joined);
  }
}
