package org.inbetween.models.rcrnet;

import java.io.IOException;
import org.inbetween.models.backbone.MobileNetV2;
import org.inbetween.models.nn.BatchNormMode;

/**
 * RCRNet's ASPP and refinement decoder on the bundled, ImageNet-pretrained MobileNetV2 trunk: its
 * 1/4 (24 channels), 1/8 (32) and 1/16 (96) features are the laterals and the 1/16 map feeds ASPP.
 * A network a 2-core CPU can train, where the dilated ResNet-50 of {@link RcrNet} cannot.
 *
 * <p>Inputs are RGB in [0, 1] as {@link org.inbetween.models.backbone.MobileNetV2Input} makes them
 * (not ImageNet mean/std). The trunk always normalises with its pretrained running statistics; the
 * stem and the first {@code frozenBlocks} blocks take no gradient at all.
 */
public final class MobileRcrNet extends RefinementNet {
  private static final byte VERSION = 1;

  private MobileRcrNet(
      MobileNetV2 trunk, DecoderWidths widths, float dropout, BatchNormMode batchNorm) {
    super(VERSION, "trunk", trunk, widths, dropout, batchNorm, false);
  }

  /**
   * @param widths the decoder after the trunk
   * @param frozenBlocks how many of the trunk's 11 inverted-residual blocks stay frozen with its
   *     stem
   * @param dropout channel dropout after ASPP
   * @param batchNorm how the decoder's (not the trunk's) normalisation behaves in training
   * @throws IOException when the bundled trunk weights cannot be read
   */
  public static MobileRcrNet withBundledTrunk(
      DecoderWidths widths, int frozenBlocks, float dropout, BatchNormMode batchNorm)
      throws IOException {
    MobileNetV2 trunk =
        MobileNetV2.builder().fromBundledWeights().optFrozenBlocks(frozenBlocks).build();
    return new MobileRcrNet(trunk, widths, dropout, batchNorm);
  }
}
