package org.inbetween.models.ner;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.AbstractBlock;
import ai.djl.training.ParameterStore;
import ai.djl.util.PairList;
import org.inbetween.models.rcrnet.RefinementNet;

/**
 * The "static RCRNet" of the paper's ablation: RCRNet+NER's per-frame network without the NER
 * module, taking the same clips (N,T,3,H,W) and giving the same logits (N,T,1,H,W), each frame on
 * its own. It lets one trainer, checkpoint format and predictor serve both rows of the comparison.
 */
final class FrameByFrame extends AbstractBlock {
  private static final byte VERSION = 1;

  private final RefinementNet frames;

  FrameByFrame(RefinementNet frames) {
    super(VERSION);
    this.frames = addChildBlock("frames", frames);
  }

  @Override
  protected NDList forwardInternal(
      ParameterStore store, NDList inputs, boolean training, PairList<String, Object> params) {
    NDArray clip = inputs.singletonOrThrow();
    Shape shape = clip.getShape();
    long height = shape.get(3);
    long width = shape.get(4);
    NDArray batch = clip.reshape(shape.get(0) * shape.get(1), 3, height, width);
    // encode/decode rather than forward: the same calls as RcrNetNer, which keep the input's shape
    // (through forward, a batch of one came back with its shape changed).
    NDList encoded = frames.encode(store, batch, training);
    NDArray logits = frames.decode(store, encoded, height, width, training);
    return new NDList(logits.reshape(shape.get(0), shape.get(1), 1, height, width));
  }

  @Override
  public Shape[] getOutputShapes(Shape[] inputShapes) {
    Shape in = inputShapes[0];
    return new Shape[] {new Shape(in.get(0), in.get(1), 1, in.get(3), in.get(4))};
  }

  @Override
  protected void initializeChildBlocks(NDManager manager, DataType dataType, Shape... inputShapes) {
    Shape in = inputShapes[0];
    if (in.dimension() != 5 || in.get(2) != 3) {
      throw new IllegalArgumentException("static RCRNet takes clips (N,T,3,H,W), got " + in);
    }
    frames.initialize(manager, dataType, new Shape(in.get(0) * in.get(1), 3, in.get(3), in.get(4)));
  }
}
