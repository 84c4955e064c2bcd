package org.inbetween.models.ner;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.AbstractBlock;
import ai.djl.nn.Parameter;
import ai.djl.training.ParameterStore;
import ai.djl.util.PairList;
import java.io.IOException;
import java.util.Objects;
import org.inbetween.models.nn.BatchNormMode;
import org.inbetween.models.rcrnet.RefinementNet;

/**
 * RCRNet+NER (the reference {@code VideoModel}): each frame of a clip goes through the encoder and
 * ASPP on its own, the {@link NerModule} reworks the clip's stacked ASPP features together, and
 * each frame is decoded from its reworked feature with its own skip features.
 *
 * <p>Input: a clip (N,T,3,H,W) — T = {@value #CLIP_LENGTH} in the reference, any T ≥ 1 works;
 * output: logits (N,T,1,H,W), one map per frame (apply a sigmoid for the saliency map). The frames
 * of a clip are encoded and decoded as one batch of N·T.
 *
 * <pre>{@code
 * RcrNetNer net = RcrNetNer.builder().setPreset(NerPreset.MOBILE).build();
 * net.initialize(manager, RcrNetNer.CLIP_LENGTH, 448, 448);
 * NDArray logits = net.forward(store, new NDList(clip), training).head();
 * }</pre>
 *
 * <p>With fresh non-local blocks (W = 0) the module's first and last steps are identities, so
 * training starts close to the per-frame network.
 */
public final class RcrNetNer extends AbstractBlock {
  /** Frames per clip in the reference training and inference. */
  public static final int CLIP_LENGTH = 4;

  private static final byte VERSION = 1;

  private final NerPreset preset;
  private final RefinementNet frames;
  private final NerModule ner;

  private RcrNetNer(NerPreset preset, RefinementNet frames) {
    super(VERSION);
    this.preset = preset;
    this.frames = addChildBlock("frames", frames);
    ner = addChildBlock("ner", new NerModule(frames.encodedChannels()));
  }

  /** A builder; {@code setPreset} is required. */
  public static Builder builder() {
    return new Builder();
  }

  /** The size this network was built as. */
  public NerPreset preset() {
    return preset;
  }

  /** Allocates and initialises all parameters for clips of the given length and frame size. */
  public void initialize(NDManager manager, int clipLength, int height, int width) {
    initialize(manager, DataType.FLOAT32, new Shape(1, clipLength, 3, height, width));
  }

  /** Number of scalar parameters that receive gradients (running statistics excluded). */
  public long trainableParameterCount() {
    return frames.trainableParameterCount()
        + ner.getParameters().values().stream()
            .filter(Parameter::requiresGradient)
            .mapToLong(parameter -> parameter.getArray().size())
            .sum();
  }

  @Override
  protected NDList forwardInternal(
      ParameterStore store, NDList inputs, boolean training, PairList<String, Object> params) {
    NDArray clip = inputs.singletonOrThrow();
    Shape shape = clip.getShape();
    long batch = shape.get(0);
    long length = shape.get(1);
    long height = shape.get(3);
    long width = shape.get(4);
    NDArray batchOfFrames = clip.reshape(batch * length, shape.get(2), height, width);
    NDList encoded = frames.encode(store, batchOfFrames, training);
    NDArray top = encoded.get(encoded.size() - 1);
    Shape grid = top.getShape();
    NDArray stacked =
        top.reshape(batch, length, grid.get(1), grid.get(2), grid.get(3)).transpose(0, 2, 1, 3, 4);
    NDArray reworked = ner.forward(store, new NDList(stacked), training).head();
    encoded.set(encoded.size() - 1, reworked.transpose(0, 2, 1, 3, 4).reshape(grid));
    NDArray logits = frames.decode(store, encoded, height, width, training);
    return new NDList(logits.reshape(batch, length, 1, height, width));
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
      throw new IllegalArgumentException("RCRNet+NER takes clips (N,T,3,H,W), got " + in);
    }
    Shape batchOfFrames = new Shape(in.get(0) * in.get(1), 3, in.get(3), in.get(4));
    frames.initialize(manager, dataType, batchOfFrames);
    Shape grid = frames.encodedTopShape(batchOfFrames);
    ner.initialize(
        manager, dataType, new Shape(in.get(0), grid.get(1), in.get(1), grid.get(2), grid.get(3)));
  }

  /** Validating builder in the DJL style: {@code setX} required, {@code optX} optional. */
  public static final class Builder {
    private NerPreset preset;
    private BatchNormMode batchNorm;
    private float dropout = 0.1f;

    private Builder() {}

    /** The network size (required). */
    public Builder setPreset(NerPreset preset) {
      this.preset = Objects.requireNonNull(preset, "preset");
      return this;
    }

    /** Normalisation behaviour of the decoder in training; default the preset's. */
    public Builder optBatchNorm(BatchNormMode batchNorm) {
      this.batchNorm = Objects.requireNonNull(batchNorm, "batchNorm");
      return this;
    }

    /** Channel dropout after ASPP, in [0, 1); default 0.1 as in the reference. */
    public Builder optDropout(float dropout) {
      this.dropout = dropout;
      return this;
    }

    /**
     * Validates the settings and builds an uninitialised network.
     *
     * @throws IOException when the {@code mobile} preset's bundled trunk weights cannot be read
     */
    public RcrNetNer build() throws IOException {
      if (preset == null) {
        throw new IllegalStateException("RcrNetNer needs a preset (setPreset)");
      }
      if (!(dropout >= 0 && dropout < 1)) {
        throw new IllegalStateException("dropout must be in [0, 1), got " + dropout);
      }
      BatchNormMode mode = batchNorm == null ? preset.defaultBatchNorm() : batchNorm;
      return new RcrNetNer(preset, preset.newFrameNetwork(mode, dropout));
    }
  }
}
