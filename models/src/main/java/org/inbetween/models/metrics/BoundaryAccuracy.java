package org.inbetween.models.metrics;

import org.inbetween.models.image.LabelMask;

/**
 * DAVIS boundary accuracy F: how well the contour of a predicted mask matches the ground-truth
 * contour, within a small tolerance.
 *
 * <p>Both masks (minus void pixels) are reduced to their {@link BoundaryMap}s B_S and B_G, each
 * dilated by a disk of radius r into D_S and D_G. Precision {@code P = |B_S ∧ D_G| / |B_S|}, recall
 * {@code R = |B_G ∧ D_S| / |B_G|}, and {@code F = 2PR / (P + R)} (0 when P + R = 0). An empty
 * boundary gives P = 1, R = 0 when only the prediction's is empty, P = 0, R = 1 when only the
 * truth's is, and P = R = 1 when both are. The default radius is {@code ceil(0.008 · diagonal)}: 8
 * pixels at 854×480.
 */
public final class BoundaryAccuracy {
  /** The DAVIS default tolerance, as a fraction of the image diagonal. */
  public static final double DEFAULT_TOLERANCE = 0.008;

  private BoundaryAccuracy() {}

  /**
   * The tolerance radius in pixels: {@code tolerance} itself when it is 1 or more (then it must be
   * a whole number), otherwise {@code ceil(tolerance · sqrt(width² + height²))}.
   */
  public static int toleranceRadius(double tolerance, int width, int height) {
    if (tolerance >= 1) {
      if (tolerance != Math.rint(tolerance)) {
        throw new IllegalArgumentException("a radius in pixels must be whole, was " + tolerance);
      }
      return (int) tolerance;
    }
    if (!(tolerance > 0)) {
      throw new IllegalArgumentException("tolerance must be positive, was " + tolerance);
    }
    double diagonal = Math.sqrt((double) width * width + (double) height * height);
    return (int) Math.ceil(tolerance * diagonal);
  }

  /** F of one frame with the default tolerance. */
  public static double fMeasure(
      boolean[] prediction, boolean[] truth, boolean[] voidPixels, int width, int height) {
    return fMeasure(
        prediction,
        truth,
        voidPixels,
        width,
        height,
        toleranceRadius(DEFAULT_TOLERANCE, width, height));
  }

  /**
   * F of one frame.
   *
   * @param voidPixels pixels removed from both masks before their boundaries are drawn, or {@code
   *     null}
   * @param radius the tolerance radius in pixels
   */
  public static double fMeasure(
      boolean[] prediction,
      boolean[] truth,
      boolean[] voidPixels,
      int width,
      int height,
      int radius) {
    PixelGrid.check(width, height, prediction.length, truth.length);
    if (voidPixels != null) {
      PixelGrid.check(width, height, voidPixels.length);
    }
    boolean[] predictedBoundary =
        BoundaryMap.of(withoutVoid(prediction, voidPixels), width, height);
    boolean[] trueBoundary = BoundaryMap.of(withoutVoid(truth, voidPixels), width, height);
    int predictedCount = PixelGrid.count(predictedBoundary);
    int trueCount = PixelGrid.count(trueBoundary);
    double precision;
    double recall;
    if (predictedCount == 0 || trueCount == 0) {
      precision = predictedCount == 0 ? 1 : 0;
      recall = trueCount == 0 ? 1 : 0;
    } else {
      DiskDilation disk = new DiskDilation(radius);
      precision =
          (double) countBoth(predictedBoundary, disk.apply(trueBoundary, width, height))
              / predictedCount;
      recall =
          (double) countBoth(trueBoundary, disk.apply(predictedBoundary, width, height))
              / trueCount;
    }
    return precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
  }

  /** F of one object between two label masks of the same size, default tolerance, no void. */
  public static double fMeasure(LabelMask prediction, LabelMask truth, int objectId) {
    RegionSimilarity.checkSameSize(prediction, truth);
    return fMeasure(
        prediction.binary(objectId), truth.binary(objectId), null, truth.width(), truth.height());
  }

  private static boolean[] withoutVoid(boolean[] mask, boolean[] voidPixels) {
    if (voidPixels == null) {
      return mask;
    }
    boolean[] out = new boolean[mask.length];
    for (int i = 0; i < mask.length; i++) {
      out[i] = mask[i] && !voidPixels[i];
    }
    return out;
  }

  private static int countBoth(boolean[] a, boolean[] b) {
    int count = 0;
    for (int i = 0; i < a.length; i++) {
      if (a[i] && b[i]) {
        count++;
      }
    }
    return count;
  }
}
