package org.inbetween.models.kmn;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDArrays;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.AbstractBlock;
import ai.djl.nn.Activation;
import ai.djl.nn.Parameter;
import ai.djl.nn.SequentialBlock;
import ai.djl.nn.convolutional.Conv2d;
import ai.djl.training.ParameterStore;
import ai.djl.training.initializer.Initializer;
import ai.djl.util.PairList;
import org.inbetween.models.nn.Initializers;
import org.inbetween.models.nn.Resize;

/**
 * The learned decoder of the memory read: it turns the read, which is only as fine as the 1/16
 * grid, into a mask whose edges follow the image. At 1/4 of the frame it sees the read's logit, the
 * trunk's 1/4 and 1/8 features and the frame's colours, and adds a correction to the read's logit
 * (the last layer starts at zero, so an untrained decoder returns the read unchanged).
 *
 * <p>Inputs: [read logit (N,1,H,W), 1/4 features (N,24,H,W), 1/8 features (N,32,h,w), RGB in [0, 1]
 * (N,3,H,W)], H×W the 1/4 map's size. Output: the mask's logit (N,1,H,W). Three 3×3 convolutions of
 * {@value #WIDTH} channels (the middle one dilated by 2, for a 1/4-map receptive field of 9 cells,
 * 36 pixels) are enough to move an edge by the half cell of 1/16 grid it may be off, and cost about
 * a gigaflop on an 854×480 frame.
 */
public final class KmnDecoder extends AbstractBlock {
  /** Channels of the hidden layers. */
  static final int WIDTH = 32;

  private static final byte VERSION = 1;

  private final SequentialBlock body;
  private final Conv2d head;

  public KmnDecoder() {
    super(VERSION);
    body =
        addChildBlock(
            "body",
            new SequentialBlock()
                .add(conv(WIDTH, 3, 1))
                .add(Activation::relu)
                .add(conv(WIDTH, 3, 2))
                .add(Activation::relu)
                .add(conv(WIDTH, 3, 1))
                .add(Activation::relu));
    head = addChildBlock("head", conv(1, 1, 1));
    head.setInitializer(Initializer.ZEROS, Parameter.Type.WEIGHT);
  }

  /**
   * Small input shapes of the right channel counts, to initialise the decoder with before its
   * parameters are loaded or trained (the convolutions do not depend on the map's size).
   */
  static Shape[] sampleInputShapes() {
    return new Shape[] {
      new Shape(1, 1, 8, 8), new Shape(1, 24, 8, 8), new Shape(1, 32, 4, 4), new Shape(1, 3, 8, 8)
    };
  }

  private static Conv2d conv(int channels, int kernel, int dilation) {
    int padding = dilation * (kernel - 1) / 2;
    Conv2d conv =
        Conv2d.builder()
            .setFilters(channels)
            .setKernelShape(new Shape(kernel, kernel))
            .optPadding(new Shape(padding, padding))
            .optDilation(new Shape(dilation, dilation))
            .build();
    conv.setInitializer(Initializers.kaimingNormalFanOut(), Parameter.Type.WEIGHT);
    conv.setInitializer(Initializer.ZEROS, Parameter.Type.BIAS);
    return conv;
  }

  @Override
  protected NDList forwardInternal(
      ParameterStore store, NDList inputs, boolean training, PairList<String, Object> params) {
    NDArray prior = inputs.get(0);
    long height = prior.getShape().get(2);
    long width = prior.getShape().get(3);
    NDArray eighth = Resize.bilinear(inputs.get(2), height, width);
    NDArray joined = NDArrays.concat(new NDList(prior, inputs.get(1), eighth, inputs.get(3)), 1);
    NDArray hidden = body.forward(store, new NDList(joined), training).head();
    NDArray correction = head.forward(store, new NDList(hidden), training).head();
    return new NDList(prior.add(correction));
  }

  @Override
  public Shape[] getOutputShapes(Shape[] inputShapes) {
    Shape prior = inputShapes[0];
    return new Shape[] {new Shape(prior.get(0), 1, prior.get(2), prior.get(3))};
  }

  @Override
  protected void initializeChildBlocks(NDManager manager, DataType dataType, Shape... inputShapes) {
    Shape prior = inputShapes[0];
    long channels = 1 + inputShapes[1].get(1) + inputShapes[2].get(1) + inputShapes[3].get(1);
    Shape joined = new Shape(prior.get(0), channels, prior.get(2), prior.get(3));
    body.initialize(manager, dataType, joined);
    head.initialize(manager, dataType, new Shape(prior.get(0), WIDTH, prior.get(2), prior.get(3)));
  }
}
