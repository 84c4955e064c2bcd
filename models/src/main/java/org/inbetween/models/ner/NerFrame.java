package org.inbetween.models.ner;

import java.util.Objects;
import org.inbetween.models.image.RgbImage;
import org.inbetween.models.image.SoftMask;

/**
 * One frame of a training clip: the image (any size; the trainer resizes it to the preset's), its
 * target if it has one, and how much that target counts. A frame without a target still passes
 * through the network (its neighbours see it through the NER module) but adds nothing to the loss:
 * that is what lets RCRNet+NER learn from sparse annotations.
 *
 * @param image the frame
 * @param target the salient-object probability (a human mask as 0/1, a pseudo-label or a teacher's
 *     soft map), any size, or {@code null} for none
 * @param weight the target's weight in the loss (1 for ground truth); ignored without a target
 */
public record NerFrame(RgbImage image, SoftMask target, float weight) {
  public NerFrame {
    Objects.requireNonNull(image, "image");
    if (target != null && !(weight >= 0 && Float.isFinite(weight))) {
      throw new IllegalArgumentException("a target's weight must be finite and >= 0: " + weight);
    }
  }

  /** A frame without a target. */
  public static NerFrame unlabelled(RgbImage image) {
    return new NerFrame(image, null, 0f);
  }

  /** Whether this frame adds to the loss. */
  public boolean hasTarget() {
    return target != null && weight > 0;
  }
}
