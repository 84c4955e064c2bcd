package org.inbetween.models.fgplg;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.ParameterStore;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;
import org.inbetween.models.nn.BatchNormMode;
import org.inbetween.models.rcrnet.RcrNet;
import org.inbetween.models.rcrnet.RcrNetConfig;
import org.inbetween.models.rcrnet.RcrNetPreset;

/**
 * Measures the time per batch-1 forward pass and per training step (forward, backward, Adam) of an
 * RCRNet preset, to size the compact preset and to compare engine versions.
 *
 * <p>Usage: {@code RcrNetBenchmark PRESET SIZE REPEATS [frozen|batch]}; prints medians in ms, wall
 * clock and the calling thread's CPU time, and the process's resident memory after the training
 * steps (it must not grow with REPEATS). With one PyTorch thread ({@code
 * -Dai.djl.pytorch.num_threads=1}) the engine computes on the calling thread, so its CPU time is
 * the work itself and stays steady on a shared, busy machine where the wall clock does not.
 */
public final class RcrNetBenchmark {
  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  private RcrNetBenchmark() {}

  /** Wall-clock and thread-CPU medians of one measured operation, in ms. */
  private record Timing(double wallMs, double cpuMs) {}

  /** Collects one operation's repeats. */
  private static final class Clock {
    private final double[] wall;
    private final double[] cpu;
    private long wallStart;
    private long cpuStart;

    Clock(int repeats) {
      wall = new double[repeats];
      cpu = new double[repeats];
    }

    void start() {
      cpuStart = THREADS.getCurrentThreadCpuTime();
      wallStart = System.nanoTime();
    }

    /** Ends repeat {@code i}; a negative i is the warm-up and is not kept. */
    void stop(int i) {
      long wallEnd = System.nanoTime();
      long cpuEnd = THREADS.getCurrentThreadCpuTime();
      if (i >= 0) {
        wall[i] = (wallEnd - wallStart) / 1e6;
        cpu[i] = (cpuEnd - cpuStart) / 1e6;
      }
    }

    Timing medians() {
      return new Timing(median(wall), median(cpu));
    }
  }

  public static void main(String[] args) throws IOException {
    RcrNetPreset preset = RcrNetPreset.byName(args.length > 0 ? args[0] : "compact");
    int size = args.length > 1 ? Integer.parseInt(args[1]) : preset.inputSize();
    int repeats = args.length > 2 ? Integer.parseInt(args[2]) : 10;
    BatchNormMode batchNorm =
        args.length > 3 ? BatchNormMode.valueOf(args[3].toUpperCase()) : BatchNormMode.BATCH;
    RcrNet net =
        RcrNet.builder().setPreset(preset).setInputChannels(7).optBatchNorm(batchNorm).build();
    Timing forward = medianForward(net, size, repeats);
    Timing step = medianStep(net.config(), size, repeats);
    System.out.printf(
        "preset=%s size=%d batchNorm=%s params=%d forward_ms=%.1f train_step_ms=%.1f rss_mb=%d"
            + " forward_cpu_ms=%.1f train_step_cpu_ms=%.1f%n",
        preset.id(),
        size,
        batchNorm,
        parameterCount(net.config(), size),
        forward.wallMs(),
        step.wallMs(),
        rssMb(),
        forward.cpuMs(),
        step.cpuMs());
  }

  private static Timing medianForward(RcrNet net, int size, int repeats) {
    try (NDManager manager = NDManager.newBaseManager()) {
      net.initialize(manager, size, size);
      Clock clock = new Clock(repeats);
      for (int i = -1; i < repeats; i++) {
        try (NDManager step = manager.newSubManager()) {
          NDArray input = step.randomNormal(new Shape(1, 7, size, size));
          clock.start();
          NDArray out =
              net.forward(new ParameterStore(step, false), new NDList(input), false).head();
          out.sum().getFloat();
          clock.stop(i);
        }
      }
      return clock.medians();
    }
  }

  private static Timing medianStep(RcrNetConfig config, int size, int repeats) {
    Random random = new Random(1);
    float[] input = new float[7 * size * size];
    float[] target = new float[size * size];
    for (int i = 0; i < input.length; i++) {
      input[i] = (float) random.nextGaussian();
    }
    for (int i = 0; i < target.length; i++) {
      target[i] = random.nextFloat();
    }
    TrainingExample example =
        new TrainingExample(input, new float[size * size], target, size, size);
    try (FgplgTrainer trainer =
        FgplgTrainer.builder().setNetwork(config).setInputSize(size, size).build()) {
      Clock clock = new Clock(repeats);
      for (int i = -1; i < repeats; i++) {
        clock.start();
        trainer.step(example);
        clock.stop(i);
      }
      return clock.medians();
    }
  }

  private static long parameterCount(RcrNetConfig config, int size) {
    try (NDManager manager = NDManager.newBaseManager()) {
      RcrNet net = RcrNet.builder().fromConfig(config).build();
      net.initialize(manager, size, size);
      return net.trainableParameterCount();
    }
  }

  private static double median(double[] values) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    return sorted[sorted.length / 2];
  }

  private static long rssMb() throws IOException {
    return Files.readAllLines(Path.of("/proc/self/status")).stream()
        .filter(line -> line.startsWith("VmRSS:"))
        .map(line -> Long.parseLong(line.replaceAll("\\D", "")) / 1024)
        .findFirst()
        .orElse(-1L);
  }
}
