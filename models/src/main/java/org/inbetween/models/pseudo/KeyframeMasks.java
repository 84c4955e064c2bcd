package org.inbetween.models.pseudo;

import org.inbetween.models.image.LabelMask;
import org.inbetween.models.image.Masks;
import org.inbetween.models.image.SoftMask;

/** Turns human label masks into the per-object probabilities the generators take. */
public final class KeyframeMasks {
  private KeyframeMasks() {}

  /** Probability 1 where {@code mask} holds {@code objectId}, 0 elsewhere, on the mask's frame. */
  public static SoftMask of(LabelMask mask, int objectId) {
    return Masks.softFromProbabilities(
        mask.frame(), mask.width(), mask.height(), mask.probabilities(objectId));
  }

  /** An all-zero mask: the object is absent on {@code frame}. */
  public static SoftMask absent(int frame, int width, int height) {
    return Masks.softFromProbabilities(frame, width, height, new float[width * height]);
  }
}
