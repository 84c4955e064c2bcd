package org.inbetween.app.training;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.function.LongSupplier;
import org.inbetween.app.task.Progress;
import org.inbetween.app.task.Task;
import org.inbetween.models.fgplg.ExampleBuilder;
import org.inbetween.models.fgplg.FgplgTrainer;
import org.inbetween.models.fgplg.FgplgTraining;
import org.inbetween.models.fgplg.TrainingExample;
import org.inbetween.models.nn.BatchNormMode;
import org.inbetween.models.rcrnet.RcrNet;
import org.inbetween.models.train.HoldOut;
import org.inbetween.models.train.TrainingPlan;

/**
 * {@code train fgplg} as a task: builds the examples of its {@link FgplgData} (a DAVIS-layout
 * dataset, or exports whose manifests say which masks are targets), holds some out, trains the
 * FGPLG refiner and reports each step (step, loss, held-out J, time left). The same task runs on
 * the command line and in the jobs panel.
 *
 * <pre>{@code
 * FgplgTraining.Result result = runner.run(new FgplgTrainingTask(request));
 * }</pre>
 *
 * <p>From scratch the network learns with batch statistics (there are no pretrained statistics to
 * freeze). Cancelling stops between two steps: the checkpoint is saved in the output folder, the
 * best one measured so far stays in its {@value FgplgTraining#BEST} folder, and the task throws
 * {@link TrainingCancelledException}.
 */
public final class FgplgTrainingTask implements Task<FgplgTraining.Result> {
  private final FgplgTrainingRequest request;
  private final LongSupplier nanoClock;

  public FgplgTrainingTask(FgplgTrainingRequest request) {
    this(request, System::nanoTime);
  }

  FgplgTrainingTask(FgplgTrainingRequest request, LongSupplier nanoClock) {
    this.request = request;
    this.nanoClock = nanoClock;
  }

  @Override
  public String title() {
    return "Train fgplg " + request.preset().id();
  }

  @Override
  public FgplgTraining.Result run(Progress progress) throws IOException {
    int size = request.preset().inputSize();
    FgplgExamples examples =
        request
            .data()
            .examples(
                new ExampleBuilder(size, size), request.intervals(), request.middle(), progress);
    List<TrainingExample> validation;
    String heldOut;
    HoldOut<TrainingExample> split;
    if (examples.heldOutSequences().isEmpty()) {
      split = HoldOut.split(examples.train(), request.holdout(), 2, request.seed());
      validation = split.validation();
      heldOut = validation.size() + " of their triples held out";
    } else {
      split = HoldOut.split(examples.train(), 0, 2, request.seed());
      validation = examples.heldOut();
      heldOut =
          "sequences "
              + examples.heldOutSequences()
              + " held out ("
              + validation.size()
              + " triples)";
    }
    List<TrainingExample> train = split.train();
    String data =
        String.format(
            Locale.ROOT,
            "%s, intervals %s, middle %s, %d training triples, %s, reversal"
                + " and mirroring p=0.5, %s, seed %d",
            examples.source(),
            request.intervals(),
            request.middle().name().toLowerCase(Locale.ROOT),
            train.size(),
            heldOut,
            request.corruption(),
            request.seed());
    TrainingPlan plan =
        new TrainingPlan(
            request.steps(),
            request.validateEvery(),
            request.checkpointEvery(),
            request.seed(),
            data);
    progress.note(
        String.format(
            Locale.ROOT,
            "Training %s on %s: %d examples, %d held out, %d steps.",
            request.preset().id(),
            request.device(),
            train.size(),
            validation.size(),
            request.steps()));
    if (!validation.isEmpty()) {
      progress.note(
          String.format(
              Locale.ROOT,
              "Held-out J of the warp prior alone (what the network corrects): %.4f",
              FgplgTraining.priorJ(validation)));
    }
    FgplgTraining.Result result;
    try (FgplgTrainer trainer = trainer()) {
      progress.note("Device: " + trainer.device());
      result =
          FgplgTraining.run(
              trainer,
              train,
              validation,
              plan,
              request.corruption(),
              request.out(),
              new TrainingStatus(progress, trainer.steps(), nanoClock),
              progress::isCancelled);
    }
    if (result.cancelled()) {
      throw new TrainingCancelledException(result.steps(), request.out());
    }
    return result;
  }

  private FgplgTrainer trainer() throws IOException {
    if (request.resume() != null) {
      FgplgTrainer resumed = FgplgTrainer.resume(request.resume(), request.device());
      if (resumed.network().config().preset() != request.preset()) {
        resumed.close();
        throw new IllegalArgumentException(
            request.resume()
                + " holds a "
                + resumed.network().config().preset()
                + " network, not "
                + request.preset().id());
      }
      return resumed;
    }
    int size = request.preset().inputSize();
    return FgplgTrainer.builder()
        .setNetwork(
            RcrNet.builder()
                .setPreset(request.preset())
                .setInputChannels(ExampleBuilder.CHANNELS)
                .optBatchNorm(BatchNormMode.BATCH)
                .build()
                .config())
        .setInputSize(size, size)
        .optLearningRate(request.learningRate())
        .optSeed((int) request.seed())
        .optDevice(request.device())
        .build();
  }
}
