package org.inbetween.models.ner;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.types.Shape;

/**
 * The RCRNet+NER loss of a batch of clips: binary cross-entropy with logits, averaged over each
 * frame's pixels, times the frame's weight, summed over the frames of a clip (the reference sums
 * over its T frames) and averaged over the clips. Frames of weight 0, those without a target, add
 * exactly nothing, whatever their target array holds.
 */
final class NerLoss {
  private NerLoss() {}

  /**
   * @param logits (N,T,1,H,W)
   * @param targets (N,T,1,H,W) probabilities
   * @param weights (N,T)
   * @return the scalar loss
   */
  static NDArray of(NDArray logits, NDArray targets, NDArray weights) {
    // max(x, 0) − x·t + log(1 + exp(−|x|)): the numerically stable form.
    NDArray perPixel =
        logits.maximum(0f).sub(logits.mul(targets)).add(logits.abs().neg().exp().add(1f).log());
    Shape shape = perPixel.getShape();
    // PtNDArray.mean takes one axis at a time in DJL 0.25.
    NDArray perFrame = perPixel.reshape(shape.get(0), shape.get(1), -1).mean(new int[] {2});
    return perFrame.mul(weights).sum(new int[] {1}).mean();
  }
}
