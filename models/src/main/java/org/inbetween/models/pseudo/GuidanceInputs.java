package org.inbetween.models.pseudo;

import org.inbetween.models.flow.FlowField;
import org.inbetween.models.flow.FlowMagnitude;
import org.inbetween.models.image.RgbImage;

/**
 * The flow-guided inputs of FGPLG for one object on frame k (specs/models.md §1.5), as plain
 * row-major float arrays of the frame's size (the warped masks directly, the magnitudes on demand:
 * the {@code warp} method needs none): the channels after RGB_k of {@code [RGB_k, WG_i, WG_j,
 * |O_ki|n, |O_kj|n]}.
 *
 * @param frame the image of frame k
 * @param warpedBefore WG_i: keyframe i's mask pulled into frame k, soft
 * @param warpedAfter WG_j: keyframe j's mask pulled into frame k, soft
 * @param flowBefore O_ki: the flow from k to i at the frame's resolution
 * @param flowAfter O_kj: the flow from k to j at the frame's resolution
 */
public record GuidanceInputs(
    RgbImage frame,
    float[] warpedBefore,
    float[] warpedAfter,
    FlowField flowBefore,
    FlowField flowAfter) {

  /** |O_ki|n: the normalised magnitude of the flow from k to i. */
  public float[] magnitudeBefore() {
    return FlowMagnitude.normalised(flowBefore);
  }

  /** |O_kj|n: the normalised magnitude of the flow from k to j. */
  public float[] magnitudeAfter() {
    return FlowMagnitude.normalised(flowAfter);
  }

  /**
   * RGB_k as three planes (R, then G, then B) in [0, 1]. ImageNet normalisation (mean 0.485, 0.456,
   * 0.406; std 0.229, 0.224, 0.225) is left to the network's translator, which owns its input
   * convention.
   */
  public float[] rgbPlanes() {
    byte[] rgb = frame.bytes();
    int n = frame.width() * frame.height();
    float[] planes = new float[3 * n];
    for (int i = 0; i < n; i++) {
      planes[i] = (rgb[3 * i] & 0xFF) / 255f;
      planes[n + i] = (rgb[3 * i + 1] & 0xFF) / 255f;
      planes[2 * n + i] = (rgb[3 * i + 2] & 0xFF) / 255f;
    }
    return planes;
  }

  /**
   * All seven channels stacked plane after plane, in FGPLG's order: R, G, B (in [0, 1]), WG_i,
   * WG_j, |O_ki|n, |O_kj|n.
   */
  public float[] sevenChannels() {
    int n = warpedBefore.length;
    float[] out = new float[7 * n];
    System.arraycopy(rgbPlanes(), 0, out, 0, 3 * n);
    System.arraycopy(warpedBefore, 0, out, 3 * n, n);
    System.arraycopy(warpedAfter, 0, out, 4 * n, n);
    System.arraycopy(magnitudeBefore(), 0, out, 5 * n, n);
    System.arraycopy(magnitudeAfter(), 0, out, 6 * n, n);
    return out;
  }
}
