package org.inbetween.models.metrics;

import org.inbetween.models.image.LabelMask;
import org.inbetween.models.image.SoftMask;

/**
 * Turns stored 8-bit maps into the inputs of the saliency metrics, the way PySODMetrics prepares
 * them, so that scores match published ones.
 *
 * <p>A prediction is scaled to [0, 1] (value / 255) and then stretched to the full range when it is
 * not constant (MATLAB's {@code mapminmax}): saliency maps are compared by their ranking of pixels,
 * not by their absolute level. Ground truth is foreground where the value is above 128.
 */
public final class SaliencyInputs {
  private SaliencyInputs() {}

  /** A prediction from 8-bit values (0..255), min-max normalised. */
  public static double[] prediction(int[] gray8) {
    double[] out = new double[gray8.length];
    double min = Double.POSITIVE_INFINITY;
    double max = Double.NEGATIVE_INFINITY;
    for (int i = 0; i < gray8.length; i++) {
      if (gray8[i] < 0 || gray8[i] > 255) {
        throw new IllegalArgumentException("8-bit value out of range: " + gray8[i]);
      }
      out[i] = gray8[i] / 255.0;
      min = Math.min(min, out[i]);
      max = Math.max(max, out[i]);
    }
    if (max != min) {
      for (int i = 0; i < out.length; i++) {
        out[i] = (out[i] - min) / (max - min);
      }
    }
    return out;
  }

  /** A prediction from a soft mask, through its stored 8-bit form. */
  public static double[] prediction(SoftMask mask) {
    return prediction(unsigned(mask.toGray8()));
  }

  /** A binary prediction: 1 where any object is labelled. */
  public static double[] prediction(LabelMask mask) {
    return prediction(anyObjectGray8(mask));
  }

  /** Ground truth from 8-bit values: foreground above 128. */
  public static boolean[] truth(int[] gray8) {
    boolean[] out = new boolean[gray8.length];
    for (int i = 0; i < gray8.length; i++) {
      out[i] = gray8[i] > 128;
    }
    return out;
  }

  /** Ground truth from a label mask: foreground where any object is labelled. */
  public static boolean[] truth(LabelMask mask) {
    return truth(anyObjectGray8(mask));
  }

  /** 255 where any object is labelled, 0 elsewhere: a label mask as a saliency map. */
  public static int[] anyObjectGray8(LabelMask mask) {
    byte[] labels = mask.labels();
    int[] out = new int[labels.length];
    for (int i = 0; i < labels.length; i++) {
      out[i] = labels[i] != 0 ? 255 : 0;
    }
    return out;
  }

  /** Bytes read as unsigned values 0..255. */
  public static int[] unsigned(byte[] gray8) {
    int[] out = new int[gray8.length];
    for (int i = 0; i < gray8.length; i++) {
      out[i] = gray8[i] & 0xFF;
    }
    return out;
  }
}
