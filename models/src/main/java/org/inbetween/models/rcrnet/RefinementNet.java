package org.inbetween.models.rcrnet;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.AbstractBlock;
import ai.djl.nn.Block;
import ai.djl.nn.Parameter;
import ai.djl.training.ParameterStore;
import ai.djl.util.PairList;
import org.inbetween.models.nn.Aspp;
import org.inbetween.models.nn.BatchNormMode;
import org.inbetween.models.nn.Initializers;
import org.inbetween.models.nn.RefinementModule;
import org.inbetween.models.nn.Resize;

/**
 * RCRNet's per-frame network on any trunk that yields features at 1/4, 1/8 and 1/16 (and,
 * optionally, a deeper map at 1/16 for ASPP): trunk → ASPP on the deepest map → three refinement
 * modules (laterals 1/16, 1/8, 1/4) with ×2, ×2, ×4 bilinear upsampling → 3×3 conv/BN/ReLU → 1×1
 * conv to one channel of logits at the input size.
 *
 * <p>It exists so that {@link RcrNet} (dilated ResNet trunk) and {@link MobileRcrNet} (pretrained
 * MobileNetV2 trunk) share one decoder, and so that a video model can work <em>between</em> the
 * halves: {@link #encode} gives a frame's laterals and ASPP feature, {@link #decode} turns laterals
 * and a (possibly reworked) top-down feature into logits — RCRNet+NER puts its non-local blocks and
 * ConvGRU there. {@code forward} is {@code decode(encode(x))}.
 *
 * <p>Children are added in the order trunk, {@code aspp}, {@code refinement1..3}, {@code decoder}:
 * that order is the parameter file layout, which the shipped FGPLG weights rely on. Every bias
 * after the trunk (BN betas included) starts at 0.001, as in the reference.
 */
public class RefinementNet extends AbstractBlock {
  private static final int LATERALS = 3;

  private final Block trunk;
  private final Aspp aspp;
  private final RefinementModule[] refinements = new RefinementModule[LATERALS];
  private final DecoderHead head;
  private final int refineChannels;
  private final int encodedChannels;

  /**
   * @param version the subclass's block version, written to parameter files
   * @param trunkName the trunk's child name ({@code resnet} in RCRNet)
   * @param trunk a block whose outputs are the 1/4, 1/8 and 1/16 laterals, then optionally the map
   *     ASPP reads (the 1/16 lateral when absent)
   */
  protected RefinementNet(
      byte version,
      String trunkName,
      Block trunk,
      DecoderWidths widths,
      float dropout,
      BatchNormMode batchNorm,
      boolean zeroInitialLogits) {
    super(version);
    this.trunk = addChildBlock(trunkName, trunk);
    this.refineChannels = widths.refineChannels();
    this.encodedChannels = widths.asppChannels();
    aspp =
        addChildBlock(
            "aspp", new Aspp(widths.asppChannels(), widths.asppRates(), dropout, batchNorm));
    initHeadBiases(aspp);
    for (int i = 0; i < refinements.length; i++) {
      refinements[i] =
          addChildBlock(
              "refinement" + (i + 1),
              new RefinementModule(widths.skipChannels(), refineChannels, batchNorm));
      initHeadBiases(refinements[i]);
    }
    head =
        addChildBlock(
            "decoder", new DecoderHead(widths.headChannels(), batchNorm, zeroInitialLogits));
    initHeadBiases(head);
  }

  private static void initHeadBiases(AbstractBlock block) {
    block.setInitializer(Initializers.headBias(), Parameter.Type.BETA);
    block.setInitializer(Initializers.headBias(), Parameter.Type.BIAS);
  }

  /** Number of scalar parameters that receive gradients (running statistics excluded). */
  public long trainableParameterCount() {
    return getParameters().values().stream()
        .filter(Parameter::requiresGradient)
        .mapToLong(parameter -> parameter.getArray().size())
        .sum();
  }

  /**
   * The first half of the network on a batch of frames (N,C,H,W): the 1/4, 1/8 and 1/16 laterals,
   * then the ASPP output (N,asppChannels,H/16,W/16).
   */
  public NDList encode(ParameterStore store, NDArray frames, boolean training) {
    NDList stages = trunk.forward(store, new NDList(frames), training);
    NDArray top = aspp.forward(store, new NDList(stages.get(stages.size() - 1)), training).head();
    return new NDList(stages.get(0), stages.get(1), stages.get(2), top);
  }

  /**
   * The second half: {@code encoded} as {@link #encode} returns it (its last element may be
   * replaced by a feature of the same shape) to logits (N,1,height,width).
   */
  public NDArray decode(
      ParameterStore store, NDList encoded, long height, long width, boolean training) {
    NDArray topDown = encoded.get(LATERALS);
    for (int i = 0; i < refinements.length; i++) {
      NDArray lateral = encoded.get(LATERALS - 1 - i);
      topDown = refinements[i].forward(store, new NDList(lateral, topDown), training).head();
      boolean last = i + 1 == refinements.length;
      Shape next = last ? null : encoded.get(1 - i).getShape();
      topDown = Resize.bilinear(topDown, last ? height : next.get(2), last ? width : next.get(3));
    }
    return head.forward(store, new NDList(topDown), training).head();
  }

  /** The channels of {@link #encode}'s last element, the ASPP feature. */
  public int encodedChannels() {
    return encodedChannels;
  }

  /** The shape of {@link #encode}'s last element (the ASPP feature) for an input shape. */
  public Shape encodedTopShape(Shape input) {
    Shape[] stages = trunk.getOutputShapes(new Shape[] {input});
    return aspp.getOutputShapes(new Shape[] {stages[stages.length - 1]})[0];
  }

  @Override
  protected NDList forwardInternal(
      ParameterStore store, NDList inputs, boolean training, PairList<String, Object> params) {
    NDArray input = inputs.singletonOrThrow();
    Shape shape = input.getShape();
    NDList encoded = encode(store, input, training);
    return new NDList(decode(store, encoded, shape.get(2), shape.get(3), training));
  }

  @Override
  public Shape[] getOutputShapes(Shape[] inputShapes) {
    Shape in = inputShapes[0];
    return new Shape[] {new Shape(in.get(0), 1, in.get(2), in.get(3))};
  }

  @Override
  protected void initializeChildBlocks(NDManager manager, DataType dataType, Shape... inputShapes) {
    Shape in = inputShapes[0];
    trunk.initialize(manager, dataType, in);
    Shape[] stages = trunk.getOutputShapes(inputShapes);
    Shape deepest = stages[stages.length - 1];
    aspp.initialize(manager, dataType, deepest);
    Shape topDown = aspp.getOutputShapes(new Shape[] {deepest})[0];
    for (int i = 0; i < refinements.length; i++) {
      Shape lateral = stages[LATERALS - 1 - i];
      refinements[i].initialize(manager, dataType, lateral, topDown);
      Shape target = i + 1 < refinements.length ? stages[1 - i] : in;
      topDown = new Shape(in.get(0), refineChannels, target.get(2), target.get(3));
    }
    head.initialize(manager, dataType, topDown);
  }
}
