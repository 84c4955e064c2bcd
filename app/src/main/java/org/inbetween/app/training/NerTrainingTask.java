package org.inbetween.app.training;

import java.io.IOException;
import java.util.Locale;
import java.util.function.LongSupplier;
import org.inbetween.app.task.Progress;
import org.inbetween.app.task.Task;
import org.inbetween.models.ner.NerTrainer;
import org.inbetween.models.ner.NerTraining;
import org.inbetween.models.saliency.SaliencyModel;
import org.inbetween.models.saliency.U2NetP;

/**
 * {@code train ner} as a task: RCRNet+NER (or the static RCRNet) on {@link NerData} (DAVIS
 * sequences with ground truth every l-th frame, optionally pseudo-labels between, or exports whose
 * manifests decide the targets), optionally after a U²-Net-p distillation phase; one progress line
 * per step; checkpoints on a schedule, at the end and on cancel (then {@link
 * TrainingCancelledException}). The same task can run in the jobs panel.
 *
 * <pre>{@code
 * NerTraining.Result result = runner.run(new NerTrainingTask(request));
 * }</pre>
 */
public final class NerTrainingTask implements Task<NerTraining.Result> {
  private final NerTrainingRequest request;
  private final LongSupplier nanoClock;

  public NerTrainingTask(NerTrainingRequest request) {
    this.request = request;
    this.nanoClock = System::nanoTime;
  }

  @Override
  public String title() {
    return "Train "
        + (request.frameByFrame() ? "static RCRNet " : "RCRNet+NER ")
        + request.preset().id();
  }

  @Override
  public NerTraining.Result run(Progress progress) throws IOException {
    try (SaliencyModel teacher = request.distillSteps() > 0 ? U2NetP.bundled() : null;
        NerClips clips = request.data().open(request.preset().inputSize(), teacher);
        NerTrainer trainer = trainer()) {
      trainer.setAugmenting(request.augment());
      String data =
          String.format(
              Locale.ROOT,
              "%s; first %d steps distilled from %s; batch %d, seed %d%s",
              clips.description(),
              request.distillSteps(),
              U2NetP.NAME,
              request.batch(),
              request.seed(),
              request.augment() ? "; clips flipped and cropped at random" : "");
      progress.note(
          String.format(
              Locale.ROOT,
              "%s on %s: %s, %d steps (%d distilled).",
              title(),
              trainer.device(),
              clips.summary(),
              request.steps(),
              request.distillSteps()));
      NerTraining.Result result =
          NerTraining.run(
              trainer,
              clips.distillation(),
              clips.training(),
              new NerTraining.Plan(
                  request.steps(),
                  request.distillSteps(),
                  request.batch(),
                  request.checkpointEvery(),
                  request.seed(),
                  data),
              request.out(),
              new TrainingStatus(progress, trainer.steps(), nanoClock),
              progress::isCancelled);
      if (result.cancelled()) {
        throw new TrainingCancelledException(result.steps(), request.out());
      }
      return result;
    }
  }

  private NerTrainer trainer() throws IOException {
    if (request.resume() != null) {
      NerTrainer resumed = NerTrainer.resume(request.resume(), request.device());
      if (resumed.preset() != request.preset()
          || resumed.frameByFrame() != request.frameByFrame()) {
        resumed.close();
        throw new IllegalArgumentException(
            request.resume()
                + " holds a "
                + (resumed.frameByFrame() ? "static " : "")
                + resumed.preset().id()
                + " network, not the one asked for ("
                + (request.frameByFrame() ? "static " : "")
                + request.preset().id()
                + ")");
      }
      return resumed;
    }
    return NerTrainer.builder()
        .setPreset(request.preset())
        .optFrameByFrame(request.frameByFrame())
        .optLearningRate(request.learningRate())
        .optSeed((int) request.seed())
        .optDevice(request.device())
        .build();
  }
}
