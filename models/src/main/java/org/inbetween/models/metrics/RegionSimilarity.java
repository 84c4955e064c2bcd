package org.inbetween.models.metrics;

import org.inbetween.models.image.LabelMask;

/**
 * DAVIS region similarity J: the Jaccard index (intersection over union) of a predicted and a
 * ground-truth object mask, ignoring void pixels.
 *
 * <p>{@code J = |(S ∧ G) ∖ V| / |(S ∨ G) ∖ V|}, and J = 1 when that union is empty: predicting
 * "nothing" where there is nothing is perfect.
 */
public final class RegionSimilarity {
  private RegionSimilarity() {}

  /**
   * J of one frame.
   *
   * @param prediction the predicted object pixels, row-major
   * @param truth the ground-truth object pixels, same length
   * @param voidPixels pixels excluded from the count, or {@code null} for none
   */
  public static double jaccard(boolean[] prediction, boolean[] truth, boolean[] voidPixels) {
    if (prediction.length != truth.length
        || (voidPixels != null && voidPixels.length != truth.length)) {
      throw new IllegalArgumentException("prediction, truth and void masks differ in size");
    }
    long intersection = 0;
    long union = 0;
    for (int i = 0; i < truth.length; i++) {
      if (voidPixels != null && voidPixels[i]) {
        continue;
      }
      if (prediction[i] && truth[i]) {
        intersection++;
      }
      if (prediction[i] || truth[i]) {
        union++;
      }
    }
    return union == 0 ? 1.0 : (double) intersection / union;
  }

  /** J of one object between two label masks of the same size, without void pixels. */
  public static double jaccard(LabelMask prediction, LabelMask truth, int objectId) {
    checkSameSize(prediction, truth);
    return jaccard(prediction.binary(objectId), truth.binary(objectId), null);
  }

  static void checkSameSize(LabelMask prediction, LabelMask truth) {
    if (prediction.width() != truth.width() || prediction.height() != truth.height()) {
      throw new IllegalArgumentException(
          "prediction is "
              + prediction.width()
              + "x"
              + prediction.height()
              + " but truth is "
              + truth.width()
              + "x"
              + truth.height());
    }
  }
}
