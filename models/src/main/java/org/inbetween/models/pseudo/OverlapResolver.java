package org.inbetween.models.pseudo;

import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;
import org.inbetween.models.image.LabelMask;
import org.inbetween.models.image.Masks;
import org.inbetween.models.image.SoftMask;

/**
 * Turns per-object probabilities into one label per pixel, since objects are generated one at a
 * time and their soft masks may overlap.
 *
 * <p>Each pixel takes the object with the highest probability, provided that probability reaches
 * {@link #BACKGROUND_THRESHOLD}; otherwise it is background. Exact ties go to the lower id. The
 * threshold 0.5 is the decision boundary of a calibrated probability (and of FGPLG's sigmoid
 * output), so a lone object's label is its soft mask thresholded at 0.5, the same convention J is
 * measured with.
 */
public final class OverlapResolver {
  /** A pixel is background unless some object's probability is at least this. */
  public static final float BACKGROUND_THRESHOLD = 0.5f;

  private OverlapResolver() {}

  /**
   * The label mask of {@code frame}.
   *
   * @param objects each object's probability on that frame, by id (1..255); all of that size
   */
  public static LabelMask resolve(
      int frame, int width, int height, Map<Integer, SoftMask> objects) {
    byte[] labels = new byte[width * height];
    float[] best = new float[labels.length];
    Arrays.fill(best, BACKGROUND_THRESHOLD);
    for (Map.Entry<Integer, SoftMask> entry : new TreeMap<>(objects).entrySet()) {
      SoftMask mask = entry.getValue();
      if (mask.frame() != frame || mask.width() != width || mask.height() != height) {
        throw new IllegalArgumentException(
            "object " + entry.getKey() + " has " + mask + ", expected frame " + frame);
      }
      byte id = (byte) (int) entry.getKey();
      float[] p = mask.probabilities();
      for (int i = 0; i < p.length; i++) {
        boolean wins = labels[i] == 0 ? p[i] >= best[i] : p[i] > best[i];
        if (wins) {
          best[i] = p[i];
          labels[i] = id;
        }
      }
    }
    return Masks.fromLabels(frame, width, height, labels);
  }
}
