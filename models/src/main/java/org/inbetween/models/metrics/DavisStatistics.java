package org.inbetween.models.metrics;

/**
 * The three numbers DAVIS reports for one object's per-frame J (or F) values.
 *
 * <ul>
 *   <li>{@code mean}: the mean, ignoring NaN values.
 *   <li>{@code recall}: the fraction of frames whose value is above 0.5 (a NaN frame counts as not
 *       above, as {@code nanmean(values > 0.5)} does in the reference code).
 *   <li>{@code decay}: how much quality is lost over time, the mean of the first quarter of the
 *       frames minus the mean of the last quarter. The quarters are cut at {@code ids_k = round(1 +
 *       k(N−1)/4 + 1e−10) − 1}, k = 0..4 (round half to even), and span {@code [ids_0, ids_1]} and
 *       {@code [ids_3, ids_4]}, both ends included. The reference casts the ids to {@code uint8},
 *       which wraps for sequences over 256 frames; this does not.
 * </ul>
 */
public record DavisStatistics(double mean, double recall, double decay) {
  private static final int BINS = 4;

  /** The statistics of per-frame values in frame order; all NaN for an empty array. */
  public static DavisStatistics of(double[] values) {
    int n = values.length;
    if (n == 0) {
      return new DavisStatistics(Double.NaN, Double.NaN, Double.NaN);
    }
    int above = 0;
    for (double value : values) {
      if (value > 0.5) {
        above++;
      }
    }
    int[] ids = decayBinEdges(n);
    double decay =
        nanMean(values, ids[0], ids[1] + 1) - nanMean(values, ids[BINS - 1], ids[BINS] + 1);
    return new DavisStatistics(nanMean(values, 0, n), (double) above / n, decay);
  }

  /** The five quarter edges for {@code n} frames (the reference's linspace/round formula). */
  static int[] decayBinEdges(int n) {
    double step = (n - 1) / (double) BINS;
    int[] ids = new int[BINS + 1];
    for (int k = 0; k <= BINS; k++) {
      double position = k == BINS ? n : k * step + 1;
      ids[k] = (int) Math.rint(position + 1e-10) - 1;
    }
    return ids;
  }

  private static double nanMean(double[] values, int from, int to) {
    double sum = 0;
    int count = 0;
    for (int i = from; i < Math.min(to, values.length); i++) {
      if (!Double.isNaN(values[i])) {
        sum += values[i];
        count++;
      }
    }
    return count == 0 ? Double.NaN : sum / count;
  }
}
