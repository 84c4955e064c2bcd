package org.inbetween.models.ner;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import java.io.IOException;
import java.util.Arrays;
import java.util.stream.Collectors;
import org.inbetween.models.backbone.MobileNetV2Input;
import org.inbetween.models.image.RgbImage;
import org.inbetween.models.nn.BatchNormMode;
import org.inbetween.models.rcrnet.DecoderWidths;
import org.inbetween.models.rcrnet.MobileRcrNet;
import org.inbetween.models.rcrnet.RcrNet;
import org.inbetween.models.rcrnet.RcrNetPreset;
import org.inbetween.models.rcrnet.RefinementNet;

/**
 * Named sizes of {@link RcrNetNer}. {@link #FULL} is the reference {@code VideoModel} for GPUs;
 * {@link #MOBILE} is sized for training on a 2-core CPU (figures in {@code
 * docs/models/rcrnet-ner.md}).
 */
public enum NerPreset {
  /**
   * ResNet-50 OS16 RCRNet (ASPP 256, skip 96, refine 128, head 256) and NER at 256 channels;
   * 448×448 frames normalised with the ImageNet mean and standard deviation; frozen BN.
   */
  FULL("full", 448, BatchNormMode.FROZEN),

  /**
   * The bundled pretrained MobileNetV2 trunk with its stem and first three blocks (everything at
   * 1/2 and 1/4) frozen, ASPP 64 with rates 3/6/9 (the full model's field of view relative to the
   * image, at half its input size), skip 32, refine 32, head 16, NER at 64 channels; 224×224 frames
   * in [0, 1]; the decoder's BN learns batch statistics, as it starts from scratch. 448×448 works
   * too, at about three times the step time.
   */
  MOBILE("mobile", 224, BatchNormMode.BATCH);

  private static final int MOBILE_FROZEN_BLOCKS = 3;

  /** ImageNet channel means and standard deviations of RGB in [0, 1], for {@link #FULL}. */
  private static final float[] MEAN = {0.485f, 0.456f, 0.406f};

  private static final float[] STD = {0.229f, 0.224f, 0.225f};

  private static final DecoderWidths MOBILE_DECODER =
      new DecoderWidths(64, new int[] {3, 6, 9}, 32, 32, 16);

  private final String id;
  private final int inputSize;
  private final BatchNormMode batchNorm;

  NerPreset(String id, int inputSize, BatchNormMode batchNorm) {
    this.id = id;
    this.inputSize = inputSize;
    this.batchNorm = batchNorm;
  }

  /** The preset called {@code name} (case-insensitive), e.g. from a CLI option or a checkpoint. */
  public static NerPreset byName(String name) {
    for (NerPreset preset : values()) {
      if (preset.id.equalsIgnoreCase(name.trim())) {
        return preset;
      }
    }
    throw new IllegalArgumentException(
        "unknown RCRNet+NER preset '"
            + name
            + "'; known: "
            + Arrays.stream(values()).map(NerPreset::id).collect(Collectors.joining(", ")));
  }

  /** The name used on the command line and in checkpoints. */
  public String id() {
    return id;
  }

  /** Side of the square frames the preset is trained and run at (any multiple of 16 works). */
  public int inputSize() {
    return inputSize;
  }

  /** How the decoder's normalisation behaves in training unless the builder says otherwise. */
  public BatchNormMode defaultBatchNorm() {
    return batchNorm;
  }

  /**
   * {@code image} as this preset's network takes a frame: resized bilinearly to {@link #inputSize}
   * square (aspect not kept, as in the reference), (3, size, size), in [0, 1] for {@link #MOBILE}
   * and ImageNet-normalised for {@link #FULL}.
   */
  public NDArray input(NDManager manager, RgbImage image) {
    NDArray rgb = MobileNetV2Input.of(manager, image, inputSize, inputSize).squeeze(0);
    if (this == MOBILE) {
      return rgb;
    }
    Shape channels = new Shape(3, 1, 1);
    return rgb.sub(manager.create(MEAN, channels)).div(manager.create(STD, channels));
  }

  /** A fresh per-frame encoder/decoder of this size. */
  RefinementNet newFrameNetwork(BatchNormMode mode, float dropout) throws IOException {
    return switch (this) {
      case FULL ->
          RcrNet.builder()
              .setPreset(RcrNetPreset.FULL)
              .setInputChannels(3)
              .optBatchNorm(mode)
              .optDropout(dropout)
              .build();
      case MOBILE ->
          MobileRcrNet.withBundledTrunk(MOBILE_DECODER, MOBILE_FROZEN_BLOCKS, dropout, mode);
    };
  }
}
