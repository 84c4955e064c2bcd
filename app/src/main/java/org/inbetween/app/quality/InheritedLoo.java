package org.inbetween.app.quality;

import java.util.Map;

/**
 * The leave-one-out J a generated frame inherits from the keyframes that bound its gap (i, j).
 *
 * <p>The estimate at keyframe i covers the gap before i and this one; the estimate at j this one
 * and the gap after j. Where both exist the frame takes them weighted by its nearness to each end,
 * as the generator weighs the keyframes themselves ({@code (j − k)/(j − i)} for i); where only one
 * exists (the first and last gaps) it takes that one; where neither does (a project with two human
 * keyframes) it is unknown.
 */
public final class InheritedLoo {
  private InheritedLoo() {}

  /**
   * The leave-one-out J of frame {@code k} in the gap {@code before..after}, NaN when unknown.
   *
   * @param looJ leave-one-out J by keyframe, for the keyframes that have one
   */
  public static double at(int k, int before, int after, Map<Integer, Double> looJ) {
    Double atBefore = looJ.get(before);
    Double atAfter = looJ.get(after);
    if (atBefore == null && atAfter == null) {
      return Double.NaN;
    }
    if (atBefore == null) {
      return atAfter;
    }
    if (atAfter == null) {
      return atBefore;
    }
    double weightBefore = (double) (after - k) / (after - before);
    return weightBefore * atBefore + (1 - weightBefore) * atAfter;
  }
}
