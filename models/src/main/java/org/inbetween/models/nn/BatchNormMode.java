package org.inbetween.models.nn;

import ai.djl.nn.Block;
import ai.djl.nn.norm.BatchNorm;

/**
 * How the batch-normalisation layers of a network behave while training.
 *
 * <p>The reference FGPLG fine-tunes a pretrained RCRNet with every BatchNorm in eval mode (running
 * statistics frozen, affine parameters trained): {@link #FROZEN}. A network trained from scratch
 * has no meaningful running statistics to freeze (they start at mean 0, variance 1, so every layer
 * would be un-normalised) and needs {@link #BATCH}. Both modes have the same parameters in the same
 * order, so a checkpoint trained in one mode loads into a network built in the other.
 */
public enum BatchNormMode {
  /** Running statistics in training and inference; only gamma and beta learn. */
  FROZEN,
  /** Batch statistics in training (running statistics updated), running statistics in inference. */
  BATCH;

  /** PyTorch's {@code BatchNorm2d} default epsilon, used by the reference ResNet and RCRNet. */
  public static final float EPSILON = 1e-5f;

  /**
   * DJL's momentum convention: 0.9 here is PyTorch's momentum 0.1 (DJL passes {@code 1 - m} to
   * torch).
   */
  static final float DJL_MOMENTUM = 0.9f;

  /** A new normalisation layer over the channel axis of an NCHW tensor. */
  public Block newLayer() {
    return newLayer(EPSILON);
  }

  /** {@link #newLayer()} with another epsilon (Keras uses 1e-3). */
  public Block newLayer(float epsilon) {
    if (this == FROZEN) {
      return new FrozenBatchNorm(epsilon);
    }
    return BatchNorm.builder().optEpsilon(epsilon).optMomentum(DJL_MOMENTUM).build();
  }
}
