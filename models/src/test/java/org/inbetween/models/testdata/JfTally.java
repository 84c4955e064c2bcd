package org.inbetween.models.testdata;

import org.inbetween.models.metrics.BoundaryAccuracy;
import org.inbetween.models.metrics.RegionSimilarity;

/**
 * Mean J&F over scored frames, as {@code bench pseudo-labels} computes it: each soft mask
 * thresholded above 0.5, J and F per frame, their means averaged.
 */
public final class JfTally {
  private double jSum;
  private double fSum;
  private int frames;

  /** Scores one frame's soft mask against its truth. */
  public void add(float[] soft, boolean[] truth, int width, int height) {
    boolean[] predicted = new boolean[soft.length];
    for (int p = 0; p < soft.length; p++) {
      predicted[p] = soft[p] > 0.5f;
    }
    jSum += RegionSimilarity.jaccard(predicted, truth, null);
    fSum += BoundaryAccuracy.fMeasure(predicted, truth, null, width, height);
    frames++;
  }

  /** (mean J + mean F) / 2 over the frames added. */
  public double meanJf() {
    return (jSum + fSum) / (2.0 * frames);
  }
}
