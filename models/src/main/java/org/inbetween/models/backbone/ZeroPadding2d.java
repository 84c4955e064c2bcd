package org.inbetween.models.backbone;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDArrays;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.AbstractBlock;
import ai.djl.training.ParameterStore;
import ai.djl.util.PairList;

/**
 * Keras's {@code ZeroPadding2D} on NCHW tensors: zeros added on each side, possibly unevenly.
 *
 * <p>Keras MobileNetV2 pads before every stride-2 convolution by (0, 1) on each axis — nothing on
 * top and left, one row and column at the bottom and right — and then convolves without padding. A
 * symmetric padding of 1 would sample the image one pixel off and give different features, and DJL
 * 0.25 has no {@code pad} operator, hence this block (concatenation with zeros, differentiable).
 */
public final class ZeroPadding2d extends AbstractBlock {
  private static final byte VERSION = 1;

  private final KerasPadding padding;

  /** A block adding {@code padding}. */
  public ZeroPadding2d(KerasPadding padding) {
    super(VERSION);
    this.padding = padding;
  }

  @Override
  protected NDList forwardInternal(
      ParameterStore store, NDList inputs, boolean training, PairList<String, Object> params) {
    NDArray x = inputs.singletonOrThrow();
    x = around(x, 2, padding.top(), padding.bottom());
    x = around(x, 3, padding.left(), padding.right());
    return new NDList(x);
  }

  private static NDArray around(NDArray x, int axis, int before, int after) {
    if (before == 0 && after == 0) {
      return x;
    }
    NDList parts = new NDList(3);
    if (before > 0) {
      parts.add(zeros(x, axis, before));
    }
    parts.add(x);
    if (after > 0) {
      parts.add(zeros(x, axis, after));
    }
    return NDArrays.concat(parts, axis);
  }

  private static NDArray zeros(NDArray like, int axis, int size) {
    long[] shape = like.getShape().getShape();
    shape[axis] = size;
    return like.getManager().zeros(new Shape(shape), like.getDataType(), like.getDevice());
  }

  @Override
  public Shape[] getOutputShapes(Shape[] inputShapes) {
    Shape in = inputShapes[0];
    return new Shape[] {
      new Shape(
          in.get(0),
          in.get(1),
          in.get(2) + padding.top() + padding.bottom(),
          in.get(3) + padding.left() + padding.right())
    };
  }
}
