package org.inbetween.models.ner;

import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.AbstractBlock;
import java.io.IOException;

/**
 * Builds the two networks a checkpoint can hold, both mapping clips (N,T,3,H,W) to logits
 * (N,T,1,H,W): {@link RcrNetNer}, or the same per-frame network without the NER module ({@link
 * FrameByFrame}, the static RCRNet).
 */
final class NerNetworks {
  /** Channel dropout after ASPP, as in the reference. */
  private static final float DROPOUT = 0.1f;

  private NerNetworks() {}

  /** A fresh network, initialised for clips of {@code clipLength} frames at the preset's size. */
  static AbstractBlock create(
      NerPreset preset, boolean frameByFrame, int clipLength, NDManager manager)
      throws IOException {
    AbstractBlock net =
        frameByFrame
            ? new FrameByFrame(preset.newFrameNetwork(preset.defaultBatchNorm(), DROPOUT))
            : RcrNetNer.builder().setPreset(preset).optDropout(DROPOUT).build();
    int size = preset.inputSize();
    net.initialize(manager, DataType.FLOAT32, new Shape(1, clipLength, 3, size, size));
    return net;
  }
}
