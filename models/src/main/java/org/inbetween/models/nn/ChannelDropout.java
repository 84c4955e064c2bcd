package org.inbetween.models.nn;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.AbstractBlock;
import ai.djl.training.ParameterStore;
import ai.djl.util.PairList;

/**
 * PyTorch's {@code Dropout2d}: in training, zeroes whole channels of an NCHW tensor with
 * probability {@code rate} and scales the kept ones by 1/(1-rate); the identity in inference.
 *
 * <p>DJL's {@code Dropout} drops single elements, which regularises a convolutional feature map
 * much less (neighbouring pixels are strongly correlated), so the mask here has shape (N,C,1,1).
 */
public final class ChannelDropout extends AbstractBlock {
  private static final byte VERSION = 1;

  private final float rate;

  /** A dropout layer that drops each channel with probability {@code rate}, in [0, 1). */
  public ChannelDropout(float rate) {
    super(VERSION);
    if (!(rate >= 0 && rate < 1)) {
      throw new IllegalArgumentException("dropout rate must be in [0, 1): " + rate);
    }
    this.rate = rate;
  }

  @Override
  protected NDList forwardInternal(
      ParameterStore store, NDList inputs, boolean training, PairList<String, Object> params) {
    NDArray input = inputs.singletonOrThrow();
    if (!training || rate == 0) {
      return inputs;
    }
    Shape shape = input.getShape();
    NDArray keep =
        input
            .getManager()
            .randomUniform(0f, 1f, new Shape(shape.get(0), shape.get(1), 1, 1))
            .gte(rate)
            .toType(DataType.FLOAT32, false)
            .div(1 - rate);
    return new NDList(input.mul(keep));
  }

  @Override
  public Shape[] getOutputShapes(Shape[] inputShapes) {
    return new Shape[] {inputShapes[0]};
  }
}
