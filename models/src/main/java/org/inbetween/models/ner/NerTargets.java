package org.inbetween.models.ner;

import ai.djl.ndarray.NDManager;
import org.inbetween.models.image.LabelMask;
import org.inbetween.models.image.Masks;
import org.inbetween.models.image.SoftMask;

/**
 * Targets as RCRNet+NER learns them: class-agnostic (every object is salient) and small. A dataset
 * keeps its targets at the network's input size, where the trainer uses them, rather than at the
 * frame's (a 224×224 map is an eighth of an 854×480 one).
 */
public final class NerTargets {
  private NerTargets() {}

  /** Probability 1 on every labelled object of {@code mask}, 0 on the background. */
  public static SoftMask salient(LabelMask mask) {
    byte[] labels = mask.labels();
    float[] p = new float[labels.length];
    for (int i = 0; i < p.length; i++) {
      p[i] = labels[i] != 0 ? 1f : 0f;
    }
    return Masks.softFromProbabilities(mask.frame(), mask.width(), mask.height(), p);
  }

  /** {@code mask} resized bilinearly to {@code size}×{@code size}, same frame. */
  public static SoftMask resized(SoftMask mask, int size) {
    if (mask.width() == size && mask.height() == size) {
      return mask;
    }
    try (NDManager manager = NDManager.newBaseManager()) {
      float[] values = NerTrainer.target(manager, mask, size).clip(0f, 1f).toFloatArray();
      return Masks.softFromProbabilities(mask.frame(), size, size, values);
    }
  }

  /** The pixel-wise maximum of {@code a} and {@code b}: the union of two objects' maps. */
  public static SoftMask union(SoftMask a, SoftMask b) {
    float[] p = a.probabilities();
    float[] q = b.probabilities();
    float[] out = new float[p.length];
    for (int i = 0; i < out.length; i++) {
      out[i] = Math.max(p[i], q[i]);
    }
    return Masks.softFromProbabilities(a.frame(), a.width(), a.height(), out);
  }
}
