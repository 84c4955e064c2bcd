package org.inbetween.models.fgplg;

/**
 * One training pair in plain arrays, so the data side (triples, warping, resizing) never touches
 * the deep-learning engine.
 *
 * @param input the network input, channel-major (C,H,W) row-major floats: for FGPLG the 7 channels
 *     [RGB ImageNet-normalised, warped mask i, warped mask j, |flow k→i|, |flow k→j|]
 * @param prior logits the network's output is added to, (H,W) row-major: for FGPLG the {@code warp}
 *     blend's ({@link Logits}), so the network learns a correction; zeros for a network that
 *     predicts the mask on its own
 * @param target the soft target mask in [0, 1], (H,W) row-major
 * @param h height of every plane
 * @param w width of every plane
 */
public record TrainingExample(float[] input, float[] prior, float[] target, int h, int w) {

  /** Checks that the arrays hold whole planes of the stated size. */
  public TrainingExample {
    if (h < 1 || w < 1) {
      throw new IllegalArgumentException("example size must be positive: " + w + "x" + h);
    }
    int plane = h * w;
    if (target.length != plane) {
      throw new IllegalArgumentException(
          "target has " + target.length + " values, expected " + w + "x" + h + " = " + plane);
    }
    if (prior.length != plane) {
      throw new IllegalArgumentException(
          "prior has " + prior.length + " values, expected " + w + "x" + h + " = " + plane);
    }
    if (input.length == 0 || input.length % plane != 0) {
      throw new IllegalArgumentException(
          "input has "
              + input.length
              + " values, not a whole number of "
              + w
              + "x"
              + h
              + " planes");
    }
  }

  /** Number of input channels (7 for FGPLG, 3 for RGB-only RCRNet). */
  public int channels() {
    return input.length / (h * w);
  }
}
