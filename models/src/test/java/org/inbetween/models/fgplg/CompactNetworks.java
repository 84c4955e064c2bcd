package org.inbetween.models.fgplg;

import org.inbetween.models.nn.BatchNormMode;
import org.inbetween.models.rcrnet.RcrNet;
import org.inbetween.models.rcrnet.RcrNetConfig;
import org.inbetween.models.rcrnet.RcrNetPreset;

/** The network most tests train: the compact preset with FGPLG's seven input channels. */
public final class CompactNetworks {
  private CompactNetworks() {}

  /** Compact, 7 channels, with the given BatchNorm behaviour. */
  public static RcrNetConfig fgplg(BatchNormMode batchNorm) {
    return RcrNet.builder()
        .setPreset(RcrNetPreset.COMPACT)
        .setInputChannels(ExampleBuilder.CHANNELS)
        .optBatchNorm(batchNorm)
        .build()
        .config();
  }
}
