package org.inbetween.app.training;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.LongSupplier;
import org.inbetween.app.labeling.AdaptationTriples;
import org.inbetween.app.labeling.PseudoLabelJob;
import org.inbetween.app.labeling.PseudoLabelSummary;
import org.inbetween.app.project.FrameState;
import org.inbetween.app.project.store.ProjectStore;
import org.inbetween.app.task.Progress;
import org.inbetween.app.task.Task;
import org.inbetween.app.video.FrameSource;
import org.inbetween.models.fgplg.BundledModel;
import org.inbetween.models.fgplg.ExampleBuilder;
import org.inbetween.models.fgplg.FgplgGeneratorFactory;
import org.inbetween.models.fgplg.FgplgTrainer;
import org.inbetween.models.fgplg.FgplgTraining;
import org.inbetween.models.fgplg.TrainingExample;
import org.inbetween.models.pseudo.GeneratorRegistry;
import org.inbetween.models.pseudo.GeneratorSettings;
import org.inbetween.models.train.HoldOut;
import org.inbetween.models.train.TrainingPlan;

/**
 * Fine-tunes the FGPLG model on a project's own human keyframes, then relabels the project with it:
 * {@code inbetween adapt} and the editor's "Adapt to this project", one task for both.
 *
 * <pre>{@code
 * AdaptResult result = runner.run(new AdaptTask(store, frames, AdaptRequest.defaults(200, device, settings)));
 * status.setText(result.heldOutJ());   // "held-out J 0.8123 before, 0.8456 after adapting"
 * }</pre>
 *
 * <p>Each triple of consecutive human keyframes whose middle one shows an object is an example
 * ({@link AdaptationTriples}); a fifth of them are held out, when there are enough, to measure J
 * before and after. BatchNorm stays frozen ({@link FgplgTrainer#adapt}): a few dozen examples give
 * no usable batch statistics. Relabelling goes through {@link PseudoLabelJob}: human masks are
 * never written, and frames a reviewer rejected are kept as they are. Too few keyframes fail before
 * anything is written. Cancelling while training saves the checkpoint and throws {@link
 * TrainingCancelledException} without relabelling; while relabelling, every finished frame stays.
 */
public final class AdaptTask implements Task<AdaptResult> {
  /** A run needs this many human keyframes showing one object: one triple. */
  public static final int MIN_KEYFRAMES = 3;

  /** Below this many examples every one is needed for training and none is held out. */
  static final int MIN_EXAMPLES_TO_HOLD_OUT = 4;

  /** Share of the examples held out to measure J when there are enough. */
  private static final double HOLDOUT = 0.2;

  private final ProjectStore store;
  private final FrameSource source;
  private final AdaptRequest request;
  private final LongSupplier nanoClock;

  /** Adapts on {@code store}'s project, whose frames {@code source} reads; neither is closed. */
  public AdaptTask(ProjectStore store, FrameSource source, AdaptRequest request) {
    this(store, source, request, System::nanoTime);
  }

  AdaptTask(ProjectStore store, FrameSource source, AdaptRequest request, LongSupplier nanoClock) {
    this.store = store;
    this.source = source;
    this.request = request;
    this.nanoClock = nanoClock;
  }

  @Override
  public String title() {
    return "Adapt fgplg to " + store.directory().getFileName();
  }

  /** The folder the adapted checkpoint goes to. */
  public Path checkpoint() {
    Path out =
        request.out() != null ? request.out() : store.directory().resolve(AdaptRequest.DEFAULT_OUT);
    return out.toAbsolutePath().normalize();
  }

  @Override
  public AdaptResult run(Progress progress) throws Exception {
    AdaptationTriples triples = AdaptationTriples.read(store);
    if (triples.mostKeyframesOfOneObject() < MIN_KEYFRAMES) {
      throw new NothingToAdaptOnException(
          store.directory()
              + ": adapt needs at least three human keyframes of one object; found "
              + triples.mostKeyframesOfOneObject());
    }
    Trained trained;
    try (FgplgTrainer trainer =
        FgplgTrainer.adapt(
            baseModel(), request.learningRate(), request.inputSide(), request.device())) {
      ExampleBuilder builder = new ExampleBuilder(trainer.inputHeight(), trainer.inputWidth());
      List<TrainingExample> examples = triples.examples(store, source, builder, request.settings());
      if (examples.isEmpty()) {
        throw new NothingToAdaptOnException(
            store.directory()
                + ": no triple of human keyframes "
                + triples.keyframes()
                + " gives a training example (on every middle keyframe a warped neighbour misses"
                + " the object)");
      }
      trained = train(trainer, examples, triples, progress);
    }
    Optional<PseudoLabelSummary> relabelled =
        request.regenerate() ? Optional.of(relabel(progress)) : Optional.empty();
    AdaptResult result =
        new AdaptResult(
            trained.result().steps(),
            trained.heldOut(),
            trained.priorJ(),
            trained.beforeJ(),
            trained.result().validationJ(),
            checkpoint(),
            relabelled,
            store.project().framesIn(FrameState.REJECTED).size());
    progress.update(1, 1, result.summary());
    return result;
  }

  private record Trained(FgplgTraining.Result result, int heldOut, double priorJ, double beforeJ) {}

  private Trained train(
      FgplgTrainer trainer,
      List<TrainingExample> examples,
      AdaptationTriples triples,
      Progress progress)
      throws IOException {
    HoldOut<TrainingExample> split =
        HoldOut.split(examples, HOLDOUT, MIN_EXAMPLES_TO_HOLD_OUT, request.seed());
    List<TrainingExample> validation = split.validation();
    int held = validation.size();
    String data =
        String.format(
            Locale.ROOT,
            "adapted from %s on project %s: %d triples of objects %s from human keyframes %s"
                + " (%d held out), frozen BatchNorm, %s, seed %d",
            baseModelName(),
            store.directory().toAbsolutePath().normalize(),
            examples.size(),
            triples.byObject().keySet(),
            triples.keyframes(),
            held,
            request.corruption(),
            request.seed());
    progress.note(
        String.format(
            Locale.ROOT,
            "Adapting %s on %s: %d examples from %d human keyframes, %d steps.",
            baseModelName(),
            trainer.device().used(),
            examples.size(),
            triples.keyframes().size(),
            request.steps()));
    progress.note("Device: " + trainer.device());
    double prior = Double.NaN;
    double before = Double.NaN;
    if (validation.isEmpty()) {
      progress.note(
          String.format(
              "Only %d examples: training on all of them, none held out (no held-out J).",
              examples.size()));
    } else {
      prior = FgplgTraining.priorJ(validation);
      before = FgplgTraining.validationJ(trainer, validation);
      progress.note(
          String.format(
              Locale.ROOT,
              "Held-out J (%d examples): warp prior %.4f, model before adapting %.4f",
              held,
              prior,
              before));
    }
    // J once at the end, a checkpoint at the end (and on cancel): the run is minutes long.
    int once = (int) Math.min(request.steps(), Integer.MAX_VALUE);
    TrainingPlan plan = new TrainingPlan(request.steps(), once, once, request.seed(), data);
    FgplgTraining.Result result =
        FgplgTraining.run(
            trainer,
            split.train(),
            validation,
            plan,
            request.corruption(),
            checkpoint(),
            new TrainingStatus(progress, trainer.steps(), nanoClock),
            progress::isCancelled);
    if (result.cancelled()) {
      throw new TrainingCancelledException(result.steps(), checkpoint());
    }
    return new Trained(result, held, prior, before);
  }

  private PseudoLabelSummary relabel(Progress progress) throws IOException {
    GeneratorSettings adapted =
        request.settings().withOption(FgplgGeneratorFactory.MODEL_OPTION, checkpoint().toString());
    try (PseudoLabelJob job =
        new PseudoLabelJob(
            store,
            source,
            GeneratorRegistry.standard().get(FgplgGeneratorFactory.NAME),
            adapted,
            PseudoLabelJob.Scope.ALL_BUT_REJECTED)) {
      return job.run(progress);
    }
  }

  private Path baseModel() throws IOException {
    return request.baseModel() != null ? request.baseModel() : BundledModel.folder();
  }

  private String baseModelName() {
    return request.baseModel() != null ? request.baseModel().toString() : BundledModel.NAME;
  }
}
