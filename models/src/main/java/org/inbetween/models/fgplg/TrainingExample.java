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
 * @param weight how much this example's loss counts, positive: 1 for ground truth; less for a
 *     target that is a pseudo-label (a dataset's manifest says which, see the app's training
 *     dataset rules). The trainer scales the loss, and so the gradient, by it.
 */
public record TrainingExample(
    float[] input, float[] prior, float[] target, int h, int w, float weight) {

  /** Checks that the arrays hold whole planes of the stated size and the weight is usable. */
  public TrainingExample {
    if (!(weight > 0) || !Float.isFinite(weight)) {
      throw new IllegalArgumentException("example weight must be positive, was " + weight);
    }
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

  /** An example of weight 1: its target is ground truth. */
  public TrainingExample(float[] input, float[] prior, float[] target, int h, int w) {
    this(input, prior, target, h, w, 1f);
  }

  /** This example with its loss counted {@code weight} times. */
  public TrainingExample withWeight(float weight) {
    return new TrainingExample(input, prior, target, h, w, weight);
  }

  /** Number of input channels (7 for FGPLG, 3 for RGB-only RCRNet). */
  public int channels() {
    return input.length / (h * w);
  }
}
