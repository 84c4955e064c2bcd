package org.inbetween.app.training;

import java.io.IOException;
import java.util.Locale;
import java.util.function.LongSupplier;
import org.inbetween.app.task.Progress;
import org.inbetween.app.task.Task;
import org.inbetween.models.ner.NerTrainer;
import org.inbetween.models.ner.NerTraining;
import org.inbetween.models.pseudo.GeneratorRegistry;
import org.inbetween.models.saliency.SaliencyModel;
import org.inbetween.models.saliency.U2NetP;

/**
 * {@code train ner} as a task: RCRNet+NER (or the static RCRNet) on DAVIS sequences with ground
 * truth every l-th frame, optionally pseudo-labels between and a U²-Net-p distillation phase first;
 * one progress line per step; checkpoints on a schedule, at the end and on cancel (then {@link
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
    int size = request.preset().inputSize();
    try (TruthTargets truth =
            new TruthTargets(
                request.labelEvery(),
                request.fill() == null ? null : GeneratorRegistry.standard().get(request.fill()),
                request.pseudoWeight());
        SaliencyModel teacher = request.distillSteps() > 0 ? U2NetP.bundled() : null;
        NerTrainer trainer = trainer()) {
      NerDavisClips clips = new NerDavisClips(request.davis(), request.sequences(), size, truth);
      NerDavisClips distill =
          teacher == null
              ? null
              : new NerDavisClips(
                  request.davis(), request.sequences(), size, new TeacherTargets(teacher));
      String data =
          String.format(
              Locale.ROOT,
              "DAVIS %s sequences %s: ground truth every %d frame(s), fill %s (weight %s), %d of %d"
                  + " frames with a target; first %d steps distilled from %s; batch %d, seed %d",
              request.davis().toAbsolutePath(),
              request.sequences(),
              request.labelEvery(),
              request.fill() == null ? "none" : request.fill(),
              request.pseudoWeight(),
              clips.framesWithTargets(),
              clips.frames(),
              request.distillSteps(),
              U2NetP.NAME,
              request.batch(),
              request.seed());
      progress.note(
          String.format(
              Locale.ROOT,
              "%s on %s: %d sequences, %d of %d frames with a target, %d steps"
                  + " (%d distilled).",
              title(),
              trainer.device(),
              request.sequences().size(),
              clips.framesWithTargets(),
              clips.frames(),
              request.steps(),
              request.distillSteps()));
      NerTraining.Result result =
          NerTraining.run(
              trainer,
              distill,
              clips,
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
