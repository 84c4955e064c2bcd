package org.inbetween.models.fgplg;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.ParameterStore;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;
import org.inbetween.models.nn.BatchNormMode;
import org.inbetween.models.rcrnet.RcrNet;
import org.inbetween.models.rcrnet.RcrNetConfig;
import org.inbetween.models.rcrnet.RcrNetPreset;

/**
 * Measures the CPU time per batch-1 forward pass and per training step (forward, backward, Adam) of
 * an RCRNet preset, to size the compact preset.
 *
 * <p>Usage: {@code RcrNetBenchmark PRESET SIZE REPEATS [frozen|batch]}; prints medians in ms and
 * the process's resident memory after the training steps (it must not grow with REPEATS).
 */
public final class RcrNetBenchmark {
  private RcrNetBenchmark() {}

  public static void main(String[] args) throws IOException {
    RcrNetPreset preset = RcrNetPreset.byName(args.length > 0 ? args[0] : "compact");
    int size = args.length > 1 ? Integer.parseInt(args[1]) : preset.inputSize();
    int repeats = args.length > 2 ? Integer.parseInt(args[2]) : 10;
    BatchNormMode batchNorm =
        args.length > 3 ? BatchNormMode.valueOf(args[3].toUpperCase()) : BatchNormMode.BATCH;
    RcrNet net =
        RcrNet.builder().setPreset(preset).setInputChannels(7).optBatchNorm(batchNorm).build();
    double forward = medianForwardMillis(net, size, repeats);
    double step = medianStepMillis(net.config(), size, repeats);
    System.out.printf(
        "preset=%s size=%d batchNorm=%s params=%d forward_ms=%.1f train_step_ms=%.1f rss_mb=%d%n",
        preset.id(), size, batchNorm, parameterCount(net.config(), size), forward, step, rssMb());
  }

  private static double medianForwardMillis(RcrNet net, int size, int repeats) {
    try (NDManager manager = NDManager.newBaseManager()) {
      net.initialize(manager, size, size);
      double[] millis = new double[repeats];
      for (int i = -1; i < repeats; i++) {
        try (NDManager step = manager.newSubManager()) {
          NDArray input = step.randomNormal(new Shape(1, 7, size, size));
          long start = System.nanoTime();
          NDArray out =
              net.forward(new ParameterStore(step, false), new NDList(input), false).head();
          out.sum().getFloat();
          if (i >= 0) {
            millis[i] = (System.nanoTime() - start) / 1e6;
          }
        }
      }
      return median(millis);
    }
  }

  private static double medianStepMillis(RcrNetConfig config, int size, int repeats) {
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
      double[] millis = new double[repeats];
      for (int i = -1; i < repeats; i++) {
        long start = System.nanoTime();
        trainer.step(example);
        if (i >= 0) {
          millis[i] = (System.nanoTime() - start) / 1e6;
        }
      }
      return median(millis);
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
