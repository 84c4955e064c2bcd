package org.inbetween.app.editing;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.inbetween.models.image.LabelMask;
import org.inbetween.models.image.Masks;

/**
 * Brush-stroke-to-mask latency: the cost of one mouse sample, from the pointer position to updated
 * labels plus the overlay ARGB pixels of the changed rectangle, and of the stroke's end (immutable
 * snapshot plus history record). The baseline, timed in the same run, is the naive way: every
 * sample copies the whole mask into a new immutable value and recolours the whole overlay.
 *
 * <p>Run (see docs/benchmarks-tools.md): {@code java -cp <test classpath>
 * org.inbetween.app.editing.BrushLatencyBenchmark [strokes]}.
 */
public final class BrushLatencyBenchmark {
  /** Pointer samples about 12 px apart: a brisk drag at 60-120 Hz. */
  private static final double SPACING = 12;

  private BrushLatencyBenchmark() {}

  public static void main(String[] args) {
    int strokes = args.length > 0 ? Integer.parseInt(args[0]) : 40;
    int[][] sizes = {{854, 480}, {1920, 1080}};
    int[] colours = new int[256];
    colours[1] = 0x80FF0000;
    colours[2] = 0x8000FF00;
    OverlayPixels overlay = new OverlayPixels(colours);
    System.out.printf(
        "%-10s %6s %8s | %18s | %18s | %7s | %14s%n",
        "mask",
        "radius",
        "samples",
        "sample p50/p95 us",
        "naive p50/p95 us",
        "speedup",
        "stroke end us");
    for (int round = 0; round < 2; round++) { // the first round warms the JIT and is not printed
      for (int[] size : sizes) {
        for (int radius : new int[] {8, 40}) {
          Result r = measure(size[0], size[1], radius, strokes, overlay);
          if (round == 1) {
            System.out.printf(
                "%-10s %6d %8d | %8.1f / %7.1f | %8.1f / %7.1f | %6.0fx | %14.0f%n",
                size[0] + "x" + size[1],
                radius,
                r.samples,
                r.sample[0],
                r.sample[1],
                r.naive[0],
                r.naive[1],
                r.naive[0] / r.sample[0],
                r.commit);
          }
        }
      }
    }
  }

  private record Result(int samples, double[] sample, double[] naive, double commit) {}

  private static Result measure(
      int width, int height, int radius, int strokes, OverlayPixels overlay) {
    List<ImagePoint> path = wavyPath(width, height);
    LabelMask start = Masks.empty(0, width, height);
    List<Long> incremental = new ArrayList<>();
    List<Long> naive = new ArrayList<>();
    long commitNanos = 0;
    for (int s = 0; s < strokes; s++) {
      EditHistory history = new EditHistory();
      WorkingMask mask = WorkingMask.of(start);
      Ink ink = Ink.paint(1 + s % 2);
      for (int i = 1; i < path.size(); i++) {
        long t0 = System.nanoTime();
        Rect dirty = Brush.segment(mask, path.get(i - 1), path.get(i), radius, ink);
        if (!dirty.isEmpty()) {
          overlay.update(mask, dirty);
        }
        incremental.add(System.nanoTime() - t0);
      }
      long t0 = System.nanoTime();
      history.record(start, mask.snapshot(), true);
      commitNanos += System.nanoTime() - t0;
      WorkingMask plain = WorkingMask.of(start);
      for (int i = 1; i < path.size(); i += 4) { // a quarter of the samples: the naive way is slow
        long t1 = System.nanoTime();
        Brush.segment(plain, path.get(i - 1), path.get(i), radius, ink);
        plain.snapshot();
        overlay.update(plain, plain.bounds());
        naive.add(System.nanoTime() - t1);
      }
    }
    return new Result(
        path.size() - 1, percentiles(incremental), percentiles(naive), commitNanos / 1e3 / strokes);
  }

  /** A sine wave across the frame, sampled every {@link #SPACING} pixels along x. */
  private static List<ImagePoint> wavyPath(int width, int height) {
    List<ImagePoint> path = new ArrayList<>();
    for (double x = 0.05 * width; x < 0.95 * width; x += SPACING) {
      path.add(new ImagePoint(x, height / 2.0 + height / 4.0 * Math.sin(x / width * 4 * Math.PI)));
    }
    return path;
  }

  /** Median and 95th percentile in microseconds. */
  private static double[] percentiles(List<Long> nanos) {
    long[] sorted = nanos.stream().mapToLong(Long::longValue).toArray();
    Arrays.sort(sorted);
    return new double[] {
      sorted[sorted.length / 2] / 1e3, sorted[(int) (sorted.length * 0.95)] / 1e3
    };
  }
}
