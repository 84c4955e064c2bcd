package org.inbetween.models.ner;

import ai.djl.Model;
import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.DefaultTrainingConfig;
import ai.djl.training.GradientCollector;
import ai.djl.training.ParameterStore;
import ai.djl.training.Trainer;
import ai.djl.training.loss.Loss;
import ai.djl.training.optimizer.Adam;
import ai.djl.training.tracker.Tracker;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;

/**
 * Time per clip of an RCRNet+NER preset: inference forward, and a training step (forward in
 * training mode, BCE with logits summed over the frames, backward, Adam), on random clips of {@link
 * RcrNetNer#CLIP_LENGTH} frames.
 *
 * <p>Usage: {@code tools/bench org.inbetween.models.ner.NerBenchmark PRESET SIZE REPEATS}; prints
 * medians after one warm-up, wall clock and the calling thread's CPU time (with {@code
 * -Dai.djl.pytorch.num_threads=1} that is the work itself, steady on a busy machine). Results in
 * {@code docs/models/rcrnet-ner.md}.
 */
public final class NerBenchmark {
  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  private NerBenchmark() {}

  public static void main(String[] args) throws IOException {
    NerPreset preset = NerPreset.byName(args.length > 0 ? args[0] : "mobile");
    int size = args.length > 1 ? Integer.parseInt(args[1]) : preset.inputSize();
    int repeats = args.length > 2 ? Integer.parseInt(args[2]) : 5;
    Engine.getInstance().setRandomSeed(1);
    RcrNetNer net = RcrNetNer.builder().setPreset(preset).build();
    Shape clipShape = new Shape(1, RcrNetNer.CLIP_LENGTH, 3, size, size);
    double[][] forward = new double[2][repeats];
    double[][] step = new double[2][repeats];
    Loss bce = Loss.sigmoidBinaryCrossEntropyLoss();
    Adam adam = Adam.builder().optLearningRateTracker(Tracker.fixed(1e-5f)).build();
    try (Model model = Model.newInstance("rcrnet-ner-bench", "PyTorch")) {
      net.initialize(model.getNDManager(), RcrNetNer.CLIP_LENGTH, size, size);
      model.setBlock(net);
      try (Trainer trainer = model.newTrainer(new DefaultTrainingConfig(bce).optOptimizer(adam))) {
        for (int i = -1; i < repeats; i++) {
          try (NDManager scope = trainer.getManager().newSubManager()) {
            NDArray clip = scope.randomUniform(0, 1, clipShape);
            NDArray target =
                scope.randomUniform(0, 1, new Shape(1, clipShape.get(1), 1, size, size));
            long[] start = now();
            net.forward(new ParameterStore(scope, false), new NDList(clip), false)
                .head()
                .sum()
                .getFloat();
            record(forward, i, start);
            start = now();
            try (GradientCollector collector = trainer.newGradientCollector()) {
              NDArray logits = trainer.forward(new NDList(clip)).head();
              NDArray loss =
                  bce.evaluate(new NDList(target), new NDList(logits)).mul(clipShape.get(1));
              collector.backward(loss);
            }
            trainer.step();
            record(step, i, start);
          }
        }
      }
    }
    System.out.printf(
        "preset=%s size=%d clip=%d trainable_params=%d forward_ms=%.0f forward_cpu_ms=%.0f"
            + " train_step_ms=%.0f train_step_cpu_ms=%.0f%n",
        preset.id(),
        size,
        RcrNetNer.CLIP_LENGTH,
        net.trainableParameterCount(),
        median(forward[0]),
        median(forward[1]),
        median(step[0]),
        median(step[1]));
  }

  private static long[] now() {
    return new long[] {System.nanoTime(), THREADS.getCurrentThreadCpuTime()};
  }

  /** Keeps repeat {@code i}'s wall and CPU milliseconds; the warm-up (i = −1) is dropped. */
  private static void record(double[][] into, int i, long[] start) {
    if (i >= 0) {
      into[0][i] = (System.nanoTime() - start[0]) / 1e6;
      into[1][i] = (THREADS.getCurrentThreadCpuTime() - start[1]) / 1e6;
    }
  }

  private static double median(double[] values) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    return sorted[sorted.length / 2];
  }
}
