package org.inbetween.models.rcrnet;

/**
 * The widths of everything after the trunk in a {@link RefinementNet}: ASPP, the three refinement
 * modules and the full-resolution head. RCRNet's are 256 (rates 6/12/18), skip 96, refine 128 and
 * head 256.
 *
 * @param asppChannels width of every ASPP branch and of its output (the top-down feature)
 * @param asppRates dilation rates of ASPP's 3×3 branches, in cells of the trunk's deepest grid
 * @param skipChannels output width of each refinement module's skip bottleneck
 * @param refineChannels output width of each refinement module
 * @param headChannels width of the full-resolution 3×3 convolution before the logits
 */
public record DecoderWidths(
    int asppChannels, int[] asppRates, int skipChannels, int refineChannels, int headChannels) {

  public DecoderWidths {
    asppRates = asppRates.clone();
  }

  @Override
  public int[] asppRates() {
    return asppRates.clone();
  }
}
