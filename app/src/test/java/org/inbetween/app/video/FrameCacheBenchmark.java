package org.inbetween.app.video;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.bytedeco.javacv.FFmpegFrameGrabber;

/**
 * Plays a generated 20,000-frame video through {@link FrameCache} and reports heap use at 1k, 5k,
 * 10k and 20k frames (it must stay flat: memory is bounded by the cache, not the video), and the
 * speed of sequential play and of random seeks as ratios against a plain sequential decode timed in
 * the same run.
 *
 * <p>It lives with the tests because it generates its video through {@link TestVideos}. Run (see
 * docs/benchmarks-video.md): {@code java -Xmx512m -cp <test classpath>
 * org.inbetween.app.video.FrameCacheBenchmark [frames] [cacheMiB]}.
 */
public final class FrameCacheBenchmark {
  private static final Set<Integer> CHECKPOINTS = Set.of(1_000, 5_000, 10_000, 20_000);
  private static final int RANDOM_SEEKS = 400;

  private FrameCacheBenchmark() {}

  public static void main(String[] args) throws Exception {
    int frames = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
    long cacheBytes = (args.length > 1 ? Long.parseLong(args[1]) : 256) << 20;
    Path dir = Files.createTempDirectory("inbetween-bench");
    Path video = dir.resolve("bench.mp4");
    long t0 = System.nanoTime();
    TestVideos.write(video, TestVideos.mpeg4Mp4(), frames, 320, 240, Map.of());
    System.out.printf(
        "generated %d frames 320x240 MPEG-4 (3 B-frames, GOP 40) in %.1f s%n", frames, seconds(t0));

    double baseline = plainSequentialFps(video);
    System.out.printf(
        "plain sequential decode (grabber, RGB): %.0f frames/s (baseline 1.00)%n", baseline);

    MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    long t1 = System.nanoTime();
    try (FrameCache cache = new FrameCache(VideoFileFrameSource.open(video), cacheBytes, 8)) {
      System.out.printf(
          "open (packet scan of %d frames): %.2f s%n", cache.frameCount(), seconds(t1));
      long t2 = System.nanoTime();
      for (int n = 0; n < cache.frameCount(); n++) {
        cache.frame(n);
        if (CHECKPOINTS.contains(n + 1)) {
          System.gc();
          System.out.printf(
              "  after %6d frames: used heap after GC %5.1f MiB, cache %5.1f MiB%n",
              n + 1, mib(memory.getHeapMemoryUsage().getUsed()), mib(cache.cachedBytes()));
        }
      }
      double sequential = cache.frameCount() / seconds(t2);
      System.out.printf(
          "sequential through the cache: %.0f frames/s (%.2f x baseline)%n",
          sequential, sequential / baseline);

      Random random = new Random(20261124);
      long[] latencies = new long[RANDOM_SEEKS];
      long t3 = System.nanoTime();
      for (int i = 0; i < RANDOM_SEEKS; i++) {
        long start = System.nanoTime();
        cache.frame(random.nextInt(cache.frameCount()));
        latencies[i] = System.nanoTime() - start;
      }
      double randomFps = RANDOM_SEEKS / seconds(t3);
      Arrays.sort(latencies);
      double perFrameMs = 1000 / baseline;
      System.out.printf(
          "random seeks: %.0f frames/s (%.3f x baseline)%n", randomFps, randomFps / baseline);
      System.out.printf(
          "seek latency: median %.1f ms (%.0f x one sequential frame), p95 %.1f ms" + " (%.0f x)%n",
          ms(latencies[RANDOM_SEEKS / 2]),
          ms(latencies[RANDOM_SEEKS / 2]) / perFrameMs,
          ms(latencies[RANDOM_SEEKS * 95 / 100]),
          ms(latencies[RANDOM_SEEKS * 95 / 100]) / perFrameMs);
      System.out.printf(
          "cache peak %.1f MiB of %.1f MiB allowed; max heap %.0f MiB%n",
          mib(cache.peakBytes()), mib(cacheBytes), mib(memory.getHeapMemoryUsage().getMax()));
    } finally {
      Files.deleteIfExists(video);
      try (var left = Files.list(dir)) {
        for (Path p : left.toList()) {
          Files.delete(p);
        }
      }
      Files.delete(dir);
    }
  }

  private static double plainSequentialFps(Path video) throws Exception {
    try (FFmpegFrameGrabber grabber = VideoGrabbers.start(video, -1)) {
      long start = System.nanoTime();
      int count = 0;
      while (grabber.grabImage() != null) {
        count++;
      }
      return count / seconds(start);
    }
  }

  private static double seconds(long startNanos) {
    return (System.nanoTime() - startNanos) / 1e9;
  }

  private static double ms(long nanos) {
    return nanos / 1e6;
  }

  private static double mib(long bytes) {
    return bytes / (1024.0 * 1024.0);
  }
}
