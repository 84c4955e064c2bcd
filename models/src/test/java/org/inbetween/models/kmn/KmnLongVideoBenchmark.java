package org.inbetween.models.kmn;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.inbetween.models.fgplg.DavisBus;
import org.inbetween.models.flow.Frames;
import org.inbetween.models.image.LabelMask;
import org.inbetween.models.image.Masks;
import org.inbetween.models.image.SoftMask;
import org.inbetween.models.metrics.RegionSimilarity;
import org.inbetween.models.pseudo.GeneratorRegistry;
import org.inbetween.models.pseudo.GeneratorSettings;
import org.inbetween.models.pseudo.PseudoLabelGenerator;

/**
 * One-sided propagation over a long video: does the cost per frame and the memory in use stay flat
 * as the video grows (issue 12)? The video is DAVIS bus (80 real frames at 854×480) played forwards
 * and backwards, ping-pong, to the asked length, so every frame has its true mask; the method
 * propagates from frame 0's mask alone to the last frame. Prints frames/s per window, the used heap
 * after a GC and the process's resident memory (libtorch's native memory included) at each
 * checkpoint, and J against the truth every 50th frame, averaged per window (drift shows there).
 *
 * <pre>
 * tools/bench org.inbetween.models.kmn.KmnLongVideoBenchmark 5000 kmn 1000,5000
 * </pre>
 */
public final class KmnLongVideoBenchmark {
  private static final int WINDOW = 250;
  private static final int SCORED_EVERY = 50;

  private KmnLongVideoBenchmark() {}

  public static void main(String[] args) throws IOException {
    int length = args.length > 0 ? Integer.parseInt(args[0]) : 5000;
    String method = args.length > 1 ? args[1] : KmnGeneratorFactory.NAME;
    String checkpoints = "," + (args.length > 2 ? args[2] : "1000,5000") + ",";
    Frames bus = DavisBus.frames();
    Frames video = index -> bus.frame(pingPong(index));
    SoftMask anchor = DavisBus.truth(0);
    System.out.printf(
        Locale.ROOT,
        "%s: propagate from frame 0 over %d frames (bus ping-pong, 854x480), %d cores%n",
        method,
        length,
        Runtime.getRuntime().availableProcessors());
    try (PseudoLabelGenerator generator =
        GeneratorRegistry.standard().get(method).create(video, GeneratorSettings.defaults())) {
      long windowStart = System.nanoTime();
      double jSum = 0;
      int jCount = 0;
      for (int frame = 1; frame < length; frame++) {
        SoftMask mask = generator.propagate(frame, anchor);
        if (frame % SCORED_EVERY == 0) {
          jSum += jaccard(mask, frame);
          jCount++;
        }
        if (frame % WINDOW == 0 || frame == length - 1) {
          double seconds = (System.nanoTime() - windowStart) / 1e9;
          int done = frame % WINDOW == 0 ? WINDOW : frame % WINDOW;
          System.out.printf(
              Locale.ROOT,
              "frames %5d..%5d: %.2f frames/s, mean J %.3f%n",
              frame - done + 1,
              frame,
              done / seconds,
              jCount == 0 ? Double.NaN : jSum / jCount);
          jSum = 0;
          jCount = 0;
          windowStart = System.nanoTime();
        }
        if (checkpoints.contains("," + (frame + 1) + ",")) {
          System.out.printf(
              Locale.ROOT,
              "  after %5d frames: used heap after GC %.1f MiB, resident %.1f MiB%n",
              frame + 1,
              usedHeapAfterGc() / 1048576.0,
              residentBytes() / 1048576.0);
        }
      }
    }
  }

  /** Frame {@code index} of bus played 0..79, 78..1, 0..79 and so on. */
  private static int pingPong(int index) {
    int period = 2 * (DavisBus.FRAMES - 1);
    int phase = index % period;
    return phase < DavisBus.FRAMES ? phase : period - phase;
  }

  private static double jaccard(SoftMask mask, int frame) {
    SoftMask truth = DavisBus.truth(pingPong(frame));
    LabelMask expected =
        Masks.fromBinary(frame, truth.width(), truth.height(), truth.threshold(0.5f), 1);
    LabelMask predicted =
        Masks.fromBinary(frame, mask.width(), mask.height(), mask.threshold(0.5f), 1);
    return RegionSimilarity.jaccard(predicted, expected, 1);
  }

  private static long usedHeapAfterGc() {
    Runtime runtime = Runtime.getRuntime();
    System.gc();
    return runtime.totalMemory() - runtime.freeMemory();
  }

  /** VmRSS of this process: Java heap, native libraries and libtorch's own allocations. */
  private static long residentBytes() throws IOException {
    for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
      if (line.startsWith("VmRSS:")) {
        return Long.parseLong(line.replaceAll("[^0-9]", "")) * 1024;
      }
    }
    return -1;
  }
}
