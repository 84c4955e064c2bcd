package org.inbetween.models.backbone;

import java.util.ArrayList;
import java.util.List;

/**
 * The shape of a MobileNetV2 trunk — stem, then inverted-residual blocks — with the Keras layer
 * names its weights carry, read from a Keras topology rather than assumed, so that a file whose
 * layers differ from what the DJL network would build is refused with a message instead of loading
 * into the wrong places.
 *
 * <p>Keras names: the stem is {@code Conv1_pad}, {@code Conv1}, {@code bn_Conv1}; block 0 is {@code
 * expanded_conv_*} (no expansion), block i &gt; 0 is {@code block_i_expand}, {@code _expand_BN},
 * {@code _pad} (stride 2 only), {@code _depthwise}, {@code _depthwise_BN}, {@code _project}, {@code
 * _project_BN} and {@code _add} (when the block is residual).
 *
 * @param epsilon the batch-normalisation epsilon shared by every layer (Keras: 1e-3)
 */
public record MobileNetV2Spec(Stem stem, List<Block> blocks, float epsilon) {

  /**
   * The stem: explicit zero padding, a strided convolution, batch normalisation, ReLU6.
   *
   * @param padding the {@code ZeroPadding2D} before the convolution
   */
  public record Stem(int channels, int kernel, int stride, KerasPadding padding) {
    static final String PAD = "Conv1_pad";
    static final String CONV = "Conv1";
    static final String BATCH_NORM = "bn_Conv1";
  }

  /**
   * One inverted-residual block: 1×1 expansion (absent when {@code expandChannels} is 0), BN,
   * ReLU6, optional explicit padding, depthwise k×k convolution with {@code stride} (padded by
   * {@code convPadding} on every side), BN, ReLU6, 1×1 projection, BN, and the identity added when
   * {@code residual}.
   *
   * @param prefix the Keras name prefix of its layers
   */
  public record Block(
      String prefix,
      int expandChannels,
      int outChannels,
      int kernel,
      int stride,
      KerasPadding padding,
      int convPadding,
      boolean residual) {

    public String expand() {
      return prefix + "_expand";
    }

    public String depthwise() {
      return prefix + "_depthwise";
    }

    public String project() {
      return prefix + "_project";
    }

    /** The batch normalisation after the convolution {@code conv}. */
    public static String batchNorm(String conv) {
      return conv + "_BN";
    }
  }

  public MobileNetV2Spec {
    blocks = List.copyOf(blocks);
  }

  /**
   * The stem and blocks {@code 0..lastBlock} of the Keras MobileNetV2 in {@code model}. (nsfwjs
   * kept blocks 0–10 frozen at their ImageNet values; later blocks were retrained for its task.)
   */
  public static MobileNetV2Spec fromKeras(TfjsLayersModel model, int lastBlock)
      throws TfjsFormatException {
    KerasLayer stemConv = conv(model.layer(Stem.CONV), "Conv2D");
    float epsilon = (float) model.layer(Stem.BATCH_NORM).number("epsilon");
    Stem stem =
        new Stem(
            stemConv.integer("filters"),
            squareKernel(stemConv),
            square(stemConv, "strides"),
            KerasPadding.of(model.layer(Stem.PAD)));
    requireValid(stemConv);
    List<Block> blocks = new ArrayList<>();
    for (int index = 0; index <= lastBlock; index++) {
      String prefix = index == 0 ? "expanded_conv" : "block_" + index;
      blocks.add(block(model, prefix, epsilon));
    }
    return new MobileNetV2Spec(stem, blocks, epsilon);
  }

  private static Block block(TfjsLayersModel model, String prefix, float epsilon)
      throws TfjsFormatException {
    boolean expands = model.hasLayer(prefix + "_expand");
    int expandChannels = 0;
    if (expands) {
      KerasLayer expand = conv(model.layer(prefix + "_expand"), "Conv2D");
      expandChannels = expand.integer("filters");
      requirePointwise(expand);
      requireEpsilon(model, Block.batchNorm(expand.name()), epsilon);
    }
    KerasLayer depthwise = conv(model.layer(prefix + "_depthwise"), "DepthwiseConv2D");
    if (depthwise.integer("depth_multiplier") != 1) {
      throw new TfjsFormatException(
          model.file(), "layer " + depthwise.name() + " has a depth multiplier other than 1");
    }
    requireEpsilon(model, Block.batchNorm(depthwise.name()), epsilon);
    int kernel = squareKernel(depthwise);
    int stride = square(depthwise, "strides");
    KerasPadding padding =
        model.hasLayer(prefix + "_pad") ? KerasPadding.of(model.layer(prefix + "_pad")) : null;
    int convPadding;
    if ("same".equals(depthwise.text("padding")) && stride == 1 && padding == null) {
      convPadding = (kernel - 1) / 2;
    } else if ("valid".equals(depthwise.text("padding")) && padding != null) {
      convPadding = 0;
    } else {
      throw new TfjsFormatException(
          model.file(),
          "layer "
              + depthwise.name()
              + ": padding '"
              + depthwise.text("padding")
              + "' with stride "
              + stride
              + (padding == null ? " and no " : " and a ")
              + prefix
              + "_pad layer is not supported");
    }
    KerasLayer project = conv(model.layer(prefix + "_project"), "Conv2D");
    requirePointwise(project);
    requireEpsilon(model, Block.batchNorm(project.name()), epsilon);
    boolean residual = model.hasLayer(prefix + "_add");
    return new Block(
        prefix,
        expandChannels,
        project.integer("filters"),
        kernel,
        stride,
        padding == null ? KerasPadding.NONE : padding,
        convPadding,
        residual);
  }

  private static KerasLayer conv(KerasLayer layer, String className) throws TfjsFormatException {
    layer.expectClass(className);
    if (layer.flag("use_bias")) {
      throw new TfjsFormatException(
          layer.file(),
          "layer " + layer.name() + " has a bias; MobileNetV2 convolutions have none");
    }
    if (square(layer, "dilation_rate") != 1) {
      throw new TfjsFormatException(layer.file(), "layer " + layer.name() + " is dilated");
    }
    return layer;
  }

  private static void requirePointwise(KerasLayer layer) throws TfjsFormatException {
    if (squareKernel(layer) != 1 || square(layer, "strides") != 1) {
      throw new TfjsFormatException(
          layer.file(), "layer " + layer.name() + " is not a 1x1 stride-1 convolution");
    }
  }

  private static void requireValid(KerasLayer layer) throws TfjsFormatException {
    if (!"valid".equals(layer.text("padding"))) {
      throw new TfjsFormatException(
          layer.file(), "layer " + layer.name() + " must use 'valid' padding after its pad layer");
    }
  }

  private static void requireEpsilon(TfjsLayersModel model, String batchNorm, float epsilon)
      throws TfjsFormatException {
    KerasLayer layer = model.layer(batchNorm).expectClass("BatchNormalization");
    if ((float) layer.number("epsilon") != epsilon) {
      throw new TfjsFormatException(
          model.file(),
          "layer "
              + batchNorm
              + " has epsilon "
              + layer.number("epsilon")
              + ", the stem "
              + epsilon
              + "; one epsilon for all layers is supported");
    }
  }

  private static int squareKernel(KerasLayer layer) throws TfjsFormatException {
    return square(layer, "kernel_size");
  }

  private static int square(KerasLayer layer, String key) throws TfjsFormatException {
    int[] sizes = layer.integers(key);
    if (sizes.length != 2 || sizes[0] != sizes[1]) {
      throw new TfjsFormatException(
          layer.file(), "layer " + layer.name() + " has a non-square " + key);
    }
    return sizes[0];
  }
}
