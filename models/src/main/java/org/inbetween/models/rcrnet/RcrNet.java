package org.inbetween.models.rcrnet;

import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import java.util.Objects;
import org.inbetween.models.nn.BatchNormMode;
import org.inbetween.models.nn.DilatedResNet;

/**
 * RCRNet: dilated ResNet → ASPP → three refinement modules (lateral layer3, layer2, layer1) with
 * ×2, ×2, ×4 bilinear upsampling → 3×3 conv/BN/ReLU → 1×1 conv to one channel of logits at the
 * input size. Input (N, inputChannels, H, W); output (N, 1, H, W) logits — apply a sigmoid for the
 * soft mask.
 *
 * <pre>{@code
 * RcrNet net = RcrNet.builder().setPreset(RcrNetPreset.COMPACT).setInputChannels(7).build();
 * net.initialize(manager, 224, 224);
 * }</pre>
 *
 * <p>Initialisation follows the reference: Kaiming-normal (fan-out) convolutions, BN weight 1,
 * backbone BN bias 0, and every bias outside the backbone 0.001.
 */
public final class RcrNet extends RefinementNet {
  private static final byte VERSION = 1;

  private final RcrNetConfig config;

  private RcrNet(RcrNetConfig config, boolean zeroInitialLogits) {
    super(
        VERSION,
        "resnet",
        new DilatedResNet(config.preset().backbone(), config.batchNorm()),
        config.preset().decoderWidths(),
        config.dropout(),
        config.batchNorm(),
        zeroInitialLogits);
    this.config = config;
  }

  /** A builder; {@code setPreset} and {@code setInputChannels} are required. */
  public static Builder builder() {
    return new Builder();
  }

  /** The configuration this network was built from. */
  public RcrNetConfig config() {
    return config;
  }

  /** Allocates and initialises all parameters for inputs of the given spatial size. */
  public void initialize(NDManager manager, int height, int width) {
    initialize(manager, DataType.FLOAT32, new Shape(1, config.inputChannels(), height, width));
  }

  /** Validating builder in the DJL style: {@code setX} required, {@code optX} optional. */
  public static final class Builder {
    private RcrNetPreset preset;
    private int inputChannels;
    private BatchNormMode batchNorm = BatchNormMode.FROZEN;
    private float dropout = 0.1f;
    private boolean zeroInitialLogits;

    private Builder() {}

    /** The network size (required). */
    public Builder setPreset(RcrNetPreset preset) {
      this.preset = Objects.requireNonNull(preset, "preset");
      return this;
    }

    /** 3 for RGB (RCRNet) or 7 for the FGPLG input (required). */
    public Builder setInputChannels(int inputChannels) {
      this.inputChannels = inputChannels;
      return this;
    }

    /** Normalisation behaviour while training; default {@link BatchNormMode#FROZEN}. */
    public Builder optBatchNorm(BatchNormMode batchNorm) {
      this.batchNorm = Objects.requireNonNull(batchNorm, "batchNorm");
      return this;
    }

    /** Channel dropout after ASPP, in [0, 1); default 0.1. */
    public Builder optDropout(float dropout) {
      this.dropout = dropout;
      return this;
    }

    /**
     * Starts the last 1×1 convolution's weights at zero instead of Kaiming-normal, so that a
     * network whose output is added to a prior starts from the prior; default false. Only fresh
     * weights are affected: loaded parameters replace them.
     */
    public Builder optZeroInitialLogits(boolean zeroInitialLogits) {
      this.zeroInitialLogits = zeroInitialLogits;
      return this;
    }

    /** Copies every field of an existing configuration (e.g. one read from a checkpoint). */
    public Builder fromConfig(RcrNetConfig config) {
      return setPreset(config.preset())
          .setInputChannels(config.inputChannels())
          .optBatchNorm(config.batchNorm())
          .optDropout(config.dropout());
    }

    /** Validates the settings and builds an uninitialised network. */
    public RcrNet build() {
      if (preset == null) {
        throw new IllegalStateException("RcrNet needs a preset (setPreset)");
      }
      if (inputChannels != 3 && inputChannels != 7) {
        throw new IllegalStateException(
            "RcrNet input channels must be 3 (RGB) or 7 (FGPLG), got " + inputChannels);
      }
      if (!(dropout >= 0 && dropout < 1)) {
        throw new IllegalStateException("dropout must be in [0, 1), got " + dropout);
      }
      return new RcrNet(
          new RcrNetConfig(preset, inputChannels, batchNorm, dropout), zeroInitialLogits);
    }
  }
}
