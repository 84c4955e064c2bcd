package org.inbetween.models.fgplg;

import ai.djl.engine.Engine;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.function.BooleanSupplier;
import org.inbetween.models.metrics.RegionSimilarity;
import org.inbetween.models.train.DeviceChoice;
import org.inbetween.models.train.TrainingPlan;
import org.inbetween.models.train.TrainingProgress;

/**
 * The FGPLG training loop around an {@link FgplgTrainer}: random examples, each reversed in time
 * and mirrored left to right with probability 0.5, validation J on held-out examples, checkpoints
 * on a schedule, at the end and on cancellation, and the checkpoint with the best validation J kept
 * in {@value #BEST} inside the output folder (early stopping without stopping). Which trainer is
 * passed decides the recipe: a fresh one with batch statistics to train from scratch, {@link
 * FgplgTrainer#resume} to continue, {@link FgplgTrainer#adapt} (frozen BatchNorm) to fine-tune on a
 * project.
 */
public final class FgplgTraining {
  /** Probabilities at or above this are the object when J is measured. */
  static final float THRESHOLD = 0.5f;

  /** Sub-folder of the output folder holding the best validated checkpoint. */
  public static final String BEST = "best";

  /**
   * How a run ended.
   *
   * @param steps steps taken in all, including a resumed checkpoint's
   * @param validationJ the last validation J measured, NaN if none was
   * @param bestJ the best validation J measured, NaN if none was
   * @param bestStep the step of the checkpoint saved in {@value #BEST}, 0 if none
   * @param cancelled whether the run stopped early on request (its checkpoint is saved)
   */
  public record Result(
      long steps, double validationJ, double bestJ, long bestStep, boolean cancelled) {}

  private FgplgTraining() {}

  /**
   * Trains until {@code plan.steps()} steps in all, or until {@code cancelled} says so (checked
   * between steps), and leaves a checkpoint in {@code out} either way. Each training example's
   * prior is damaged by {@code corruption} after its random reversal and mirroring.
   */
  public static Result run(
      FgplgTrainer trainer,
      List<TrainingExample> train,
      List<TrainingExample> validation,
      TrainingPlan plan,
      PriorCorruption corruption,
      Path out,
      TrainingProgress.Listener listener,
      BooleanSupplier cancelled)
      throws IOException {
    if (train.isEmpty()) {
      throw new IllegalArgumentException("no training examples: " + plan.dataDescription());
    }
    // Seeded by the step reached too, so a resumed run does not replay the order it already saw.
    long seed = plan.seed() * 1_000_003L + trainer.steps();
    Random random = new Random(seed);
    // Dropout draws from the engine's generator: unseeded, two adaptations of one project differed.
    Engine.getEngine("PyTorch").setRandomSeed(Long.hashCode(seed));
    double lastJ = Double.NaN;
    double bestJ = Double.NaN;
    long bestStep = 0;
    while (trainer.steps() < plan.steps()) {
      if (cancelled.getAsBoolean()) {
        trainer.save(out, plan.dataDescription());
        return new Result(trainer.steps(), lastJ, bestJ, bestStep, true);
      }
      TrainingExample example = train.get(random.nextInt(train.size()));
      if (random.nextBoolean()) {
        example = ExampleBuilder.reversed(example);
      }
      if (random.nextBoolean()) {
        example = ExampleBuilder.mirrored(example);
      }
      example = corruption.apply(example, random);
      DeviceChoice before = trainer.device();
      float loss = trainer.step(example);
      if (!trainer.device().equals(before)) {
        listener.deviceChanged(trainer.device());
      }
      long step = trainer.steps();
      boolean last = step >= plan.steps();
      double j = Double.NaN;
      if (!validation.isEmpty() && (last || step % plan.validateEvery() == 0)) {
        j = validationJ(trainer, validation);
        lastJ = j;
        if (!(j <= bestJ)) {
          bestJ = j;
          bestStep = step;
          trainer.save(out.resolve(BEST), plan.dataDescription());
        }
      }
      if (last || step % plan.checkpointEvery() == 0) {
        trainer.save(out, plan.dataDescription());
      }
      listener.progress(new TrainingProgress(step, plan.steps(), loss, j));
    }
    return new Result(trainer.steps(), lastJ, bestJ, bestStep, false);
  }

  /** Mean J of the thresholded predictions against the thresholded targets, at input size. */
  public static double validationJ(FgplgTrainer trainer, List<TrainingExample> examples) {
    double sum = 0;
    for (TrainingExample example : examples) {
      sum +=
          RegionSimilarity.jaccard(above(trainer.predict(example)), above(example.target()), null);
    }
    return sum / examples.size();
  }

  /**
   * Mean J of the examples' priors alone against their targets: what a network that corrects
   * nothing scores, the bar {@link #validationJ} has to clear.
   */
  public static double priorJ(List<TrainingExample> examples) {
    double sum = 0;
    for (TrainingExample example : examples) {
      float[] prior = new float[example.prior().length];
      for (int p = 0; p < prior.length; p++) {
        prior[p] = Logits.probability(example.prior()[p]);
      }
      sum += RegionSimilarity.jaccard(above(prior), above(example.target()), null);
    }
    return sum / examples.size();
  }

  private static boolean[] above(float[] probabilities) {
    boolean[] out = new boolean[probabilities.length];
    for (int p = 0; p < out.length; p++) {
      out[p] = probabilities[p] >= THRESHOLD;
    }
    return out;
  }
}
