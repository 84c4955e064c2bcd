package org.inbetween.models.ner;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.BooleanSupplier;
import org.inbetween.models.train.TrainingProgress;

/**
 * The RCRNet+NER training loop around a {@link NerTrainer}: batches of random clips, an optional
 * distillation phase first, checkpoints on a schedule, at the end and on cancellation.
 *
 * <p>Distillation stands in for the paper's image-saliency pretraining (MSRA-B, HKU-IS, which are
 * not available here): for the first {@link Plan#distillSteps} steps the targets are a teacher's
 * soft maps (U²-Net-p) on every frame; after that, the real targets. The phase follows the step
 * count, so a resumed run picks up in the right one.
 */
public final class NerTraining {
  /**
   * How long to train and how often to save.
   *
   * @param steps total optimiser steps, counting those of a resumed checkpoint
   * @param distillSteps the first this many steps train on the distillation source
   * @param batch clips per step
   * @param checkpointEvery save a checkpoint every this many steps (and at the end)
   * @param seed seeds the clips drawn
   * @param dataDescription what the clips are, stored in every checkpoint
   */
  public record Plan(
      long steps,
      long distillSteps,
      int batch,
      int checkpointEvery,
      long seed,
      String dataDescription) {
    public Plan {
      if (steps < 1 || distillSteps < 0 || batch < 1 || checkpointEvery < 1) {
        throw new IllegalArgumentException(
            "steps, batch and checkpoint interval must be positive and distillation steps not"
                + " negative: "
                + steps
                + ", "
                + batch
                + ", "
                + checkpointEvery
                + ", "
                + distillSteps);
      }
    }
  }

  /**
   * How a run ended.
   *
   * @param steps steps taken in all, including a resumed checkpoint's
   * @param lastLoss the last step's loss, NaN if no step was taken
   * @param cancelled whether the run stopped early on request (its checkpoint is saved)
   */
  public record Result(long steps, float lastLoss, boolean cancelled) {}

  private NerTraining() {}

  /**
   * Trains until {@code plan.steps()} steps in all, or until {@code cancelled} says so (checked
   * between steps), and leaves a checkpoint in {@code out} either way.
   *
   * @param distill the distillation phase's clips; may be null when {@code plan.distillSteps()} is
   *     0
   */
  public static Result run(
      NerTrainer trainer,
      NerClipSource distill,
      NerClipSource clips,
      Plan plan,
      Path out,
      TrainingProgress.Listener listener,
      BooleanSupplier cancelled)
      throws IOException {
    if (plan.distillSteps() > 0 && distill == null) {
      throw new IllegalArgumentException("distillation steps asked for without a teacher");
    }
    // Seeded by the step reached too, so a resumed run does not replay the clips it already saw.
    Random random = new Random(plan.seed() * 1_000_003L + trainer.steps());
    float loss = Float.NaN;
    while (trainer.steps() < plan.steps()) {
      if (cancelled.getAsBoolean()) {
        trainer.save(out, plan.dataDescription());
        return new Result(trainer.steps(), loss, true);
      }
      NerClipSource source = trainer.steps() < plan.distillSteps() ? distill : clips;
      List<List<NerFrame>> batch = new ArrayList<>();
      for (int i = 0; i < plan.batch(); i++) {
        batch.add(source.draw(random, trainer.clipLength()));
      }
      loss = trainer.step(batch);
      long step = trainer.steps();
      if (step >= plan.steps() || step % plan.checkpointEvery() == 0) {
        trainer.save(out, plan.dataDescription());
      }
      listener.progress(new TrainingProgress(step, plan.steps(), loss, Double.NaN));
    }
    return new Result(trainer.steps(), loss, false);
  }
}
