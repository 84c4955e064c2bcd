package org.inbetween.models.rcrnet;

import org.inbetween.models.nn.BatchNormMode;

/**
 * Everything that determines an {@link RcrNet}'s structure and behaviour; stored next to
 * checkpoints so a saved network can be rebuilt. Validated by {@link RcrNet.Builder#build()}.
 *
 * @param preset the network size
 * @param inputChannels 3 (RGB saliency, RCRNet) or 7 (RGB + two warped masks + two flow magnitudes,
 *     FGPLG)
 * @param batchNorm how normalisation behaves while training
 * @param dropout channel dropout rate after ASPP (0.1 in the reference)
 */
public record RcrNetConfig(
    RcrNetPreset preset, int inputChannels, BatchNormMode batchNorm, float dropout) {}
