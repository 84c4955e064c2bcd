package org.inbetween.models.ner;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.AbstractBlock;
import ai.djl.nn.Parameter;
import ai.djl.nn.convolutional.Conv3d;
import ai.djl.training.ParameterStore;
import ai.djl.training.initializer.Initializer;
import ai.djl.util.PairList;
import org.inbetween.models.nn.Initializers;

/**
 * The non-local block of RCRNet+NER in its dot-product form ({@code NONLocalBlock3D(C,
 * sub_sample=False, bn_layer=False)}): every position of a clip's (N,C,T,H,W) features sees every
 * other position of all T frames, so the NER module can relate an object to itself across time.
 *
 * <p>θ, φ and g are 1×1×1 convolutions with bias to C/2 channels; with L = T·H·W positions, {@code
 * y = (θᵀφ / L)·g} and {@code z = W(y) + x}, W a 1×1×1 convolution back to C. There is no softmax,
 * so the product is evaluated as {@code θᵀ·(φ·gᵀ) / L}: the same numbers, but a (C/2)² matrix in
 * the middle instead of an L×L one (3,136² at 448×448, T = 4).
 *
 * <p>W starts at zero (weight and bias) as in the reference, so a fresh block is the identity and
 * training begins from the plain per-frame network. θ, φ and g weights follow PyTorch's default
 * convolution init (the reference keeps it); their biases start at zero.
 */
public final class NonLocalBlock extends AbstractBlock {
  private static final byte VERSION = 1;

  private final int channels;
  private final int interChannels;
  private final Conv3d theta;
  private final Conv3d phi;
  private final Conv3d g;
  private final Conv3d w;

  /** A block over features of {@code channels} channels, with C/2 inner channels. */
  public NonLocalBlock(int channels) {
    super(VERSION);
    if (channels < 2 || channels % 2 != 0) {
      throw new IllegalArgumentException("non-local channels must be even, got " + channels);
    }
    this.channels = channels;
    this.interChannels = channels / 2;
    theta = addChildBlock("theta", pointwise(interChannels, Initializers.pytorchDefaultConv()));
    phi = addChildBlock("phi", pointwise(interChannels, Initializers.pytorchDefaultConv()));
    g = addChildBlock("g", pointwise(interChannels, Initializers.pytorchDefaultConv()));
    w = addChildBlock("W", pointwise(channels, Initializer.ZEROS));
  }

  private static Conv3d pointwise(int filters, Initializer weights) {
    Conv3d conv =
        Conv3d.builder()
            .setFilters(filters)
            .setKernelShape(new Shape(1, 1, 1))
            .optBias(true)
            .build();
    conv.setInitializer(weights, Parameter.Type.WEIGHT);
    conv.setInitializer(Initializer.ZEROS, Parameter.Type.BIAS);
    return conv;
  }

  /** Input and output: one (N,C,T,H,W) tensor. */
  @Override
  protected NDList forwardInternal(
      ParameterStore store, NDList inputs, boolean training, PairList<String, Object> params) {
    NDArray x = inputs.singletonOrThrow();
    Shape shape = x.getShape();
    long batch = shape.get(0);
    long positions = shape.size() / (batch * shape.get(1));
    NDArray thetaX = flat(theta, store, inputs, training, batch);
    NDArray phiX = flat(phi, store, inputs, training, batch);
    NDArray gX = flat(g, store, inputs, training, batch);
    // yᵀ = g·φᵀ·θ / L, (N, C/2, L)
    NDArray yT = gX.matMul(phiX.transpose(0, 2, 1)).matMul(thetaX).div(positions);
    NDArray y = yT.reshape(batch, interChannels, shape.get(2), shape.get(3), shape.get(4));
    return new NDList(w.forward(store, new NDList(y), training).head().add(x));
  }

  private static NDArray flat(
      Conv3d conv, ParameterStore store, NDList inputs, boolean training, long batch) {
    return conv.forward(store, inputs, training).head().reshape(batch, conv.getFilters(), -1);
  }

  @Override
  public Shape[] getOutputShapes(Shape[] inputShapes) {
    return new Shape[] {inputShapes[0]};
  }

  @Override
  protected void initializeChildBlocks(NDManager manager, DataType dataType, Shape... inputShapes) {
    Shape in = inputShapes[0];
    if (in.dimension() != 5 || in.get(1) != channels) {
      throw new IllegalArgumentException(
          "a non-local block over " + channels + " channels needs (N,C,T,H,W), got " + in);
    }
    theta.initialize(manager, dataType, in);
    phi.initialize(manager, dataType, in);
    g.initialize(manager, dataType, in);
    w.initialize(
        manager, dataType, new Shape(in.get(0), interChannels, in.get(2), in.get(3), in.get(4)));
  }
}
