package org.inbetween.models.backbone;

import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.AbstractBlock;
import ai.djl.nn.Activation;
import ai.djl.nn.Block;
import ai.djl.nn.Parameter;
import ai.djl.nn.SequentialBlock;
import ai.djl.training.ParameterStore;
import ai.djl.util.PairList;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.inbetween.models.nn.BatchNormMode;

/**
 * A MobileNetV2 trunk (Keras layout, width 1) of DJL blocks that returns the feature maps a
 * segmentation decoder taps — the last one at each output stride from 4 on — rather than class
 * scores. With the bundled weights (the ImageNet trunk kept frozen in {@code nsfwjs@4.4.0}, blocks
 * 0–10) those are 24 channels at 1/4 ({@code block_2_add}), 32 at 1/8 ({@code block_5_add}) and 96
 * at 1/16 ({@code block_10_project_BN}).
 *
 * <pre>{@code
 * MobileNetV2 trunk = MobileNetV2.builder().fromBundledWeights().optFrozenBlocks(7).build();
 * trunk.initialize(manager, DataType.FLOAT32, new Shape(1, 3, 224, 224));
 * NDList features = trunk.forward(store, new NDList(MobileNetV2Input.of(manager, frame)), false);
 * }</pre>
 *
 * <p>Every weight is an ordinary DJL {@link Parameter}: trainable unless frozen with {@link
 * Builder#optFrozenBlocks}, which freezes the stem and the first blocks. Running statistics never
 * take gradients; whether training uses them or batch statistics is the {@link BatchNormMode}.
 * Inputs are RGB in [0, 1] (see {@link MobileNetV2Input}); any size works, the features are
 * ceil(size / stride) on a side.
 */
public final class MobileNetV2 extends AbstractBlock {
  /** The last block of the bundled model that is still its ImageNet original. */
  public static final int LAST_IMAGENET_BLOCK = 10;

  /** Where the TensorFlow.js files of nsfwjs's MobileNetV2 lie on the classpath. */
  public static final String BUNDLED_FOLDER = "org/inbetween/models/backbone/mobilenetv2";

  private static final byte VERSION = 1;

  private final SequentialBlock stem;
  private final List<InvertedResidual> blocks = new ArrayList<>();
  private final List<Integer> taps = new ArrayList<>();
  private final List<Integer> tapStrides = new ArrayList<>();
  private final Map<String, Block> kerasLayers = new LinkedHashMap<>();

  private MobileNetV2(Builder builder) throws TfjsFormatException {
    super(VERSION);
    MobileNetV2Spec spec = builder.spec;
    MobileNetV2Spec.Stem stemSpec = spec.stem();
    Block stemConv = TrunkLayers.conv(stemSpec.channels(), stemSpec.kernel(), stemSpec.stride(), 0);
    Block stemNorm = builder.batchNorm.newLayer(spec.epsilon());
    kerasLayers.put(MobileNetV2Spec.Stem.CONV, stemConv);
    kerasLayers.put(MobileNetV2Spec.Stem.BATCH_NORM, stemNorm);
    stem =
        addChildBlock(
            "stem",
            new SequentialBlock()
                .add(new ZeroPadding2d(stemSpec.padding()))
                .add(stemConv)
                .add(stemNorm)
                .add(Activation.relu6Block()));
    int channels = stemSpec.channels();
    int stride = stemSpec.stride();
    List<MobileNetV2Spec.Block> specs = spec.blocks();
    for (int i = 0; i < specs.size(); i++) {
      InvertedResidual block =
          new InvertedResidual(specs.get(i), channels, builder.batchNorm, spec.epsilon());
      blocks.add(addChildBlock("block" + i, block));
      kerasLayers.putAll(block.kerasLayers());
      channels = specs.get(i).outChannels();
      stride *= specs.get(i).stride();
      boolean lastAtStride = i + 1 == specs.size() || specs.get(i + 1).stride() > 1;
      if (lastAtStride && stride >= 4) {
        taps.add(i);
        tapStrides.add(stride);
      }
    }
    if (builder.weights != null) {
      PretrainedWeights.assign(kerasLayers, builder.weights);
    }
    freeze(builder.frozenBlocks);
  }

  /** A builder; a spec is required ({@link Builder#fromBundledWeights} sets one). */
  public static Builder builder() {
    return new Builder();
  }

  /** The output strides of the returned features, shallowest first (4, 8, 16 for the bundled). */
  public List<Integer> featureStrides() {
    return Collections.unmodifiableList(tapStrides);
  }

  /**
   * Input: one NCHW RGB tensor in [0, 1]. Output: the feature maps at {@link #featureStrides()},
   * NCHW.
   */
  @Override
  protected NDList forwardInternal(
      ParameterStore store, NDList inputs, boolean training, PairList<String, Object> params) {
    NDList x = stem.forward(store, inputs, training, params);
    NDList features = new NDList(taps.size());
    for (int i = 0; i < blocks.size(); i++) {
      x = blocks.get(i).forward(store, x, training, params);
      if (taps.contains(i)) {
        features.add(x.head());
      }
    }
    return features;
  }

  @Override
  public Shape[] getOutputShapes(Shape[] inputShapes) {
    Shape shape = stem.getOutputShapes(inputShapes)[0];
    List<Shape> outputs = new ArrayList<>();
    for (int i = 0; i < blocks.size(); i++) {
      shape = blocks.get(i).getOutputShapes(new Shape[] {shape})[0];
      if (taps.contains(i)) {
        outputs.add(shape);
      }
    }
    return outputs.toArray(new Shape[0]);
  }

  @Override
  protected void initializeChildBlocks(NDManager manager, DataType dataType, Shape... inputShapes) {
    stem.initialize(manager, dataType, inputShapes[0]);
    Shape shape = stem.getOutputShapes(inputShapes)[0];
    for (InvertedResidual block : blocks) {
      block.initialize(manager, dataType, shape);
      shape = block.getOutputShapes(new Shape[] {shape})[0];
    }
  }

  /** Freezes the stem and the first {@code count} blocks (count 0 freezes nothing). */
  private void freeze(int count) {
    if (count == 0) {
      return;
    }
    List<Block> frozen = new ArrayList<>();
    frozen.add(stem);
    frozen.addAll(blocks.subList(0, count));
    for (Block block : frozen) {
      for (Parameter parameter : block.getParameters().values()) {
        Parameter.Type type = parameter.getType();
        if (type != Parameter.Type.RUNNING_MEAN && type != Parameter.Type.RUNNING_VAR) {
          parameter.freeze(true);
        }
      }
    }
  }

  /** Builds a {@link MobileNetV2}; {@code set}/{@code from} methods are required. */
  public static final class Builder {
    private MobileNetV2Spec spec;
    private TfjsLayersModel weights;
    private BatchNormMode batchNorm = BatchNormMode.FROZEN;
    private int frozenBlocks;

    private Builder() {}

    /** The shape of the network; its weights are random (Kaiming) unless {@link #optWeights}. */
    public Builder setSpec(MobileNetV2Spec spec) {
      this.spec = Objects.requireNonNull(spec, "spec");
      return this;
    }

    /**
     * Blocks 0–{@value #LAST_IMAGENET_BLOCK} of the MobileNetV2 bundled in this jar, with their
     * pretrained weights (see {@code docs/models/mobilenetv2-port.md}).
     */
    public Builder fromBundledWeights() throws IOException {
      TfjsLayersModel model = TfjsLayersModel.read(TfjsSource.classpath(BUNDLED_FOLDER));
      setSpec(MobileNetV2Spec.fromKeras(model, LAST_IMAGENET_BLOCK));
      return optWeights(model);
    }

    /** Pretrained weights, looked up by the Keras layer names of the spec. */
    public Builder optWeights(TfjsLayersModel model) {
      this.weights = Objects.requireNonNull(model, "model");
      return this;
    }

    /**
     * How batch normalisation behaves in training; default {@link BatchNormMode#FROZEN} (the
     * pretrained running statistics, as for fine-tuning on a few frames).
     */
    public Builder optBatchNorm(BatchNormMode mode) {
      this.batchNorm = Objects.requireNonNull(mode, "mode");
      return this;
    }

    /**
     * Freezes the stem and the first {@code count} inverted-residual blocks: their parameters take
     * no gradient and no optimiser step. Default 0 (everything trains).
     */
    public Builder optFrozenBlocks(int count) {
      this.frozenBlocks = count;
      return this;
    }

    /** The network; fails when the weights lack a layer or weight the spec needs. */
    public MobileNetV2 build() throws TfjsFormatException {
      if (spec == null) {
        throw new IllegalStateException(
            "a MobileNetV2 needs a spec (setSpec or fromBundledWeights)");
      }
      if (frozenBlocks < 0 || frozenBlocks > spec.blocks().size()) {
        throw new IllegalArgumentException(
            "frozen blocks must be 0.." + spec.blocks().size() + ", got " + frozenBlocks);
      }
      return new MobileNetV2(this);
    }
  }
}
