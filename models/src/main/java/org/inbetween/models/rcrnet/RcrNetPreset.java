package org.inbetween.models.rcrnet;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import org.inbetween.models.nn.ResNetSpec;

/**
 * Named network sizes. {@link #FULL} is the reference RCRNet; {@link #COMPACT} keeps its topology
 * (dilated bottleneck ResNet at output stride 16, ASPP, three refinement steps, ×2 ×2 ×4 decoder)
 * with a quarter of the backbone width, fewer blocks, narrow decoder convolutions and half the
 * input size, so that a training step on a 2-core CPU takes a fraction of a second (see {@code
 * docs/benchmarks-rcrnet.md}).
 */
public enum RcrNetPreset {
  /** ResNet-50 OS16, ASPP 256 (rates 6/12/18), skip 96, refine 128, head 256; 448×448. */
  FULL("full", ResNetSpec.resnet50Os16(), 256, new int[] {6, 12, 18}, 96, 128, 256, 448),

  /**
   * ResNet with widths 16/32/64/128 (×4 expansion) and 1/1/2/1 blocks, OS16; ASPP 64 with rates
   * 3/6/9 (the full model's field of view relative to the image at half the input size); skip 32,
   * refine 32, head 32; 224×224.
   */
  COMPACT(
      "compact",
      new ResNetSpec(
          16,
          new int[] {16, 32, 64, 128},
          new int[] {1, 1, 2, 1},
          new int[] {1, 2, 2, 1},
          new int[] {1, 1, 1, 2},
          4),
      64,
      new int[] {3, 6, 9},
      32,
      32,
      32,
      224);

  private final String id;
  private final ResNetSpec backbone;
  private final DecoderWidths decoderWidths;
  private final int inputSize;

  RcrNetPreset(
      String id,
      ResNetSpec backbone,
      int asppChannels,
      int[] asppRates,
      int skipChannels,
      int refineChannels,
      int headChannels,
      int inputSize) {
    this.id = id;
    this.backbone = backbone;
    this.decoderWidths =
        new DecoderWidths(asppChannels, asppRates, skipChannels, refineChannels, headChannels);
    this.inputSize = inputSize;
  }

  /** The preset called {@code name} (case-insensitive), e.g. from a CLI option or a checkpoint. */
  public static RcrNetPreset byName(String name) {
    for (RcrNetPreset preset : values()) {
      if (preset.id.equalsIgnoreCase(name.trim())) {
        return preset;
      }
    }
    throw new IllegalArgumentException(
        "unknown RCRNet preset '"
            + name
            + "'; known: "
            + Arrays.stream(values()).map(RcrNetPreset::id).collect(Collectors.joining(", ")));
  }

  /** The name used on the command line and in checkpoints. */
  public String id() {
    return id;
  }

  public ResNetSpec backbone() {
    return backbone;
  }

  /** The widths of ASPP, the refinement modules and the head. */
  public DecoderWidths decoderWidths() {
    return decoderWidths;
  }

  /** Side of the square input the preset is trained and run at (any multiple of 16 works). */
  public int inputSize() {
    return inputSize;
  }

  @Override
  public String toString() {
    return id.toLowerCase(Locale.ROOT);
  }
}
