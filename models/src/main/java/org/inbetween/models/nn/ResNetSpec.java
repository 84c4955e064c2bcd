package org.inbetween.models.nn;

import java.util.Arrays;

/**
 * The shape of a bottleneck ResNet: stem width, and per stage the bottleneck width, block count,
 * stride and dilation.
 *
 * @param stemWidth output channels of the 7×7 stem convolution (64 in ResNet-50)
 * @param planes inner width of each stage's bottlenecks (64/128/256/512 in ResNet-50)
 * @param blocks bottlenecks per stage (3/4/6/3 in ResNet-50)
 * @param strides stride of each stage's first block (output stride 16: 1/2/2/1)
 * @param dilations dilation of every block of each stage (output stride 16: 1/1/1/2)
 * @param expansion stage output width = planes × expansion (4)
 */
public record ResNetSpec(
    int stemWidth, int[] planes, int[] blocks, int[] strides, int[] dilations, int expansion) {

  /** Number of stages; the network returns one feature map per stage. */
  public static final int STAGES = 4;

  /** Validates the spec; arrays are copied so the record stays immutable. */
  public ResNetSpec {
    planes = checked("planes", planes);
    blocks = checked("blocks", blocks);
    strides = checked("strides", strides);
    dilations = checked("dilations", dilations);
    if (stemWidth < 1 || expansion < 1) {
      throw new IllegalArgumentException(
          "stemWidth and expansion must be positive: " + stemWidth + ", " + expansion);
    }
  }

  /**
   * ResNet-50 with output stride 16, as in RCRNet: the last stage keeps stride 1 and dilates every
   * block by 2.
   */
  public static ResNetSpec resnet50Os16() {
    return new ResNetSpec(
        64,
        new int[] {64, 128, 256, 512},
        new int[] {3, 4, 6, 3},
        new int[] {1, 2, 2, 1},
        new int[] {1, 1, 1, 2},
        4);
  }

  /** Output channels of stage {@code index} (0-based). */
  public int stageChannels(int index) {
    return planes[index] * expansion;
  }

  /** Total downsampling from the input to the last stage (stem 4 × stage strides). */
  public int outputStride() {
    return 4 * Arrays.stream(strides).reduce(1, (a, b) -> a * b);
  }

  @Override
  public int[] planes() {
    return planes.clone();
  }

  @Override
  public int[] blocks() {
    return blocks.clone();
  }

  @Override
  public int[] strides() {
    return strides.clone();
  }

  @Override
  public int[] dilations() {
    return dilations.clone();
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof ResNetSpec that
        && stemWidth == that.stemWidth
        && expansion == that.expansion
        && Arrays.equals(planes, that.planes)
        && Arrays.equals(blocks, that.blocks)
        && Arrays.equals(strides, that.strides)
        && Arrays.equals(dilations, that.dilations);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(
        new int[] {
          stemWidth,
          expansion,
          Arrays.hashCode(planes),
          Arrays.hashCode(blocks),
          Arrays.hashCode(strides),
          Arrays.hashCode(dilations)
        });
  }

  @Override
  public String toString() {
    return "ResNetSpec[stem=%d, planes=%s, blocks=%s, strides=%s, dilations=%s, expansion=%d]"
        .formatted(
            stemWidth,
            Arrays.toString(planes),
            Arrays.toString(blocks),
            Arrays.toString(strides),
            Arrays.toString(dilations),
            expansion);
  }

  private static int[] checked(String name, int[] values) {
    if (values == null || values.length != STAGES) {
      throw new IllegalArgumentException(name + " needs one value per stage (" + STAGES + ")");
    }
    if (Arrays.stream(values).anyMatch(v -> v < 1)) {
      throw new IllegalArgumentException(name + " must be positive: " + Arrays.toString(values));
    }
    return values.clone();
  }
}
