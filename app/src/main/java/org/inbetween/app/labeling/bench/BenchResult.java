package org.inbetween.app.labeling.bench;

import java.util.List;
import java.util.Locale;

/**
 * One row of the pseudo-label benchmark: a method at one keyframe interval on one sequence (or
 * {@code ALL}: the mean over sequences of the per-sequence means).
 *
 * @param sequence the sequence, or {@code ALL}
 * @param interval l, the keyframe spacing
 * @param method the generator's name
 * @param j mean region similarity over the generated frames
 * @param f mean boundary accuracy over the generated frames
 * @param frames frames generated
 * @param seconds time spent generating them (flow included, frame decoding and scoring excluded)
 */
public record BenchResult(
    String sequence, int interval, String method, double j, double f, int frames, double seconds) {
  public static final String ALL = "ALL";

  /** What the name of a method adapted to each sequence first ends with. */
  public static final String ADAPTED = "-adapted";

  public static final String CSV_HEADER = "sequence,interval,method,J,F,JF,frames,fps";

  public double jf() {
    return (j + f) / 2;
  }

  public double fps() {
    return seconds > 0 ? frames / seconds : 0;
  }

  /** The ALL row of {@code rows} (one method, one interval): means of J and F, pooled speed. */
  public static BenchResult mean(List<BenchResult> rows) {
    BenchResult first = rows.get(0);
    return new BenchResult(
        ALL,
        first.interval,
        first.method,
        rows.stream().mapToDouble(BenchResult::j).average().orElse(0),
        rows.stream().mapToDouble(BenchResult::f).average().orElse(0),
        rows.stream().mapToInt(BenchResult::frames).sum(),
        rows.stream().mapToDouble(BenchResult::seconds).sum());
  }

  /**
   * This row under the name of the method adapted first ({@code method + ADAPTED}), its time grown
   * by the adaptation's, so that frames/s is what a user waits for.
   */
  public BenchResult adapted(double adaptSeconds) {
    return new BenchResult(
        sequence, interval, method + ADAPTED, j, f, frames, adaptSeconds + seconds);
  }

  public String toCsv() {
    return String.format(
        Locale.ROOT,
        "%s,%d,%s,%.4f,%.4f,%.4f,%d,%.2f",
        sequence,
        interval,
        method,
        j,
        f,
        jf(),
        frames,
        fps());
  }
}
