package org.inbetween.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CancellationException;
import org.inbetween.app.labeling.AdaptationTriples;
import org.inbetween.app.labeling.PseudoLabelJob;
import org.inbetween.app.labeling.PseudoLabelSummary;
import org.inbetween.app.project.FrameState;
import org.inbetween.app.project.ProjectFrames;
import org.inbetween.app.project.store.ProjectStore;
import org.inbetween.app.task.ConsoleTaskRunner;
import org.inbetween.app.video.FrameSource;
import org.inbetween.models.fgplg.BundledModel;
import org.inbetween.models.fgplg.FgplgGeneratorFactory;
import org.inbetween.models.pseudo.GeneratorRegistry;
import org.inbetween.models.pseudo.GeneratorSettings;
import org.inbetween.models.train.ComputeDevice;
import org.inbetween.models.train.Devices;
import org.inbetween.models.train.ExampleBuilder;
import org.inbetween.models.train.FgplgTrainer;
import org.inbetween.models.train.FgplgTraining;
import org.inbetween.models.train.HoldOut;
import org.inbetween.models.train.TrainingExample;
import org.inbetween.models.train.TrainingPlan;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code inbetween adapt}: fine-tunes the FGPLG model on a project's own human keyframes, then
 * relabels the project with it.
 *
 * <pre>
 * inbetween adapt --project work/bus            # bundled model, 200 steps, models/fgplg-adapted
 * </pre>
 *
 * <p>Each triple of consecutive human keyframes whose middle one shows an object is an example
 * ({@link AdaptationTriples}). BatchNorm stays frozen ({@link FgplgTrainer#adapt}): a few dozen
 * examples give no usable batch statistics. The checkpoint goes into the project ({@value
 * #DEFAULT_OUT}) unless {@code --out} says otherwise. Regeneration goes through {@link
 * PseudoLabelJob}: human masks (drawn, accepted, corrected) are never written, and frames a
 * reviewer rejected are kept as they are ({@link PseudoLabelJob.Rejected#KEEP}). Ctrl+C while
 * training saves the checkpoint and exits 130 without regenerating.
 */
@Command(
    name = "adapt",
    mixinStandardHelpOptions = true,
    description = {
      "Fine-tune the fgplg model on this project's human keyframes (triples of consecutive"
          + " keyframes, the middle one the target), then regenerate its pseudo-labels with it.",
      "Human masks are never changed; frames a reviewer rejected keep their label."
    })
public final class AdaptCommand implements Callable<Integer> {
  /** Where the adapted checkpoint goes, relative to the project folder (docs/formats.md). */
  static final String DEFAULT_OUT = "models/fgplg-adapted";

  /** A run needs this many human keyframes showing one object: one triple. */
  static final int MIN_KEYFRAMES = 3;

  /** Below this many examples every one is needed for training and none is held out. */
  static final int MIN_EXAMPLES_TO_HOLD_OUT = 4;

  /** Share of the examples held out to measure J when there are enough. */
  private static final double HOLDOUT = 0.2;

  @Spec private CommandSpec spec;

  @Option(names = "--project", required = true, paramLabel = "DIR", description = "The project.")
  Path project;

  /** The --model (start from) and --device options, and the flow the examples are built with. */
  @Mixin FlowOptions flow = new FlowOptions();

  /**
   * A few dozen examples seen about five times each: enough to move a model trained on thousands,
   * and a few minutes on a 2-core CPU.
   */
  @Option(
      names = "--steps",
      paramLabel = "N",
      description = "Fine-tuning steps (default: ${DEFAULT-VALUE}).")
  long steps = 200;

  /**
   * Ten times the paper's fine-tuning rate (1e-5): the paper fine-tunes for thousands of steps, and
   * at 1e-5 two hundred Adam steps move each weight by at most about 2e-3, too little to change a
   * thresholded mask. 1e-4 does change the output in 200 steps, and with BatchNorm frozen it stays
   * stable on a few dozen examples.
   */
  @Option(
      names = "--lr",
      paramLabel = "X",
      description =
          "Adam learning rate (default: ${DEFAULT-VALUE}; the paper's 1e-5 needs far"
              + " more steps).")
  float learningRate = 1e-4f;

  @Option(
      names = "--out",
      paramLabel = "DIR",
      description = "Checkpoint folder (default: DIR/" + DEFAULT_OUT + ").")
  Path out;

  @Option(
      names = "--no-regenerate",
      description = "Only adapt; leave the project's pseudo-labels as they are.")
  boolean noRegenerate;

  @Option(
      names = "--seed",
      paramLabel = "N",
      description = "Seeds the hold-out and the example order (default: ${DEFAULT-VALUE}).")
  long seed = 1;

  @Override
  public Integer call() throws Exception {
    GeneratorSettings settings = flow.settings();
    ComputeDevice device =
        Devices.resolve(ComputeDevice.parse(flow.device == null ? "auto" : flow.device));
    Path checkpoint =
        (out != null ? out : project.resolve(DEFAULT_OUT)).toAbsolutePath().normalize();
    try (ProjectStore store = ProjectStore.open(project)) {
      AdaptationTriples triples = AdaptationTriples.read(store);
      if (triples.mostKeyframesOfOneObject() < MIN_KEYFRAMES) {
        throw new IllegalArgumentException(
            project
                + ": adapt needs at least three human keyframes of one object; found "
                + triples.mostKeyframesOfOneObject());
      }
      try (FrameSource source = ProjectFrames.open(store.project(), project)) {
        boolean cancelled;
        try (FgplgTrainer trainer = FgplgTrainer.adapt(baseModel(), learningRate, device)) {
          ExampleBuilder builder = new ExampleBuilder(trainer.inputHeight(), trainer.inputWidth());
          List<TrainingExample> examples = triples.examples(store, source, builder, settings);
          cancelled = train(trainer, examples, triples, checkpoint);
        }
        if (cancelled) {
          return ExitCodes.CANCELLED;
        }
        return noRegenerate ? ExitCodes.OK : regenerate(store, source, settings, checkpoint);
      }
    }
  }

  /** Trains and reports; true if Ctrl+C stopped it (the checkpoint is saved either way). */
  private boolean train(
      FgplgTrainer trainer,
      List<TrainingExample> examples,
      AdaptationTriples triples,
      Path checkpoint)
      throws IOException {
    HoldOut split = HoldOut.split(examples, HOLDOUT, MIN_EXAMPLES_TO_HOLD_OUT, seed);
    List<TrainingExample> validation = split.validation();
    List<TrainingExample> train = split.train();
    int held = validation.size();
    String data =
        String.format(
            Locale.ROOT,
            "adapted from %s on project %s: %d triples of objects %s from human keyframes %s"
                + " (%d held out), frozen BatchNorm, seed %d",
            baseModelName(),
            project.toAbsolutePath().normalize(),
            examples.size(),
            triples.byObject().keySet(),
            triples.keyframes(),
            held,
            seed);
    PrintWriter err = spec.commandLine().getErr();
    err.printf(
        Locale.ROOT,
        "Adapting %s on %s: %d examples from %d human keyframes, %d steps.%nDevice: %s%n",
        baseModelName(),
        trainer.device().used(),
        examples.size(),
        triples.keyframes().size(),
        steps,
        trainer.device());
    double before = Double.NaN;
    if (validation.isEmpty()) {
      err.printf(
          "Only %d examples: training on all of them, none held out (no held-out J).%n",
          examples.size());
    } else {
      before = FgplgTraining.validationJ(trainer, validation);
      err.printf(
          Locale.ROOT,
          "Held-out J (%d examples): warp prior %.4f, model before adapting %.4f%n",
          held,
          FgplgTraining.priorJ(validation),
          before);
    }
    err.flush();
    // J once at the end, a checkpoint at the end (and on Ctrl+C): the run is minutes long.
    int once = (int) Math.min(steps, Integer.MAX_VALUE);
    TrainingPlan plan = new TrainingPlan(steps, once, once, seed, data);
    try (CancelOnExit cancel = new CancelOnExit()) {
      FgplgTraining.Result result =
          FgplgTraining.run(
              trainer,
              train,
              validation,
              plan,
              checkpoint,
              progress -> TrainingConsole.print(err, progress),
              cancel::requested);
      report(result, before, checkpoint);
      return result.cancelled();
    }
  }

  private void report(FgplgTraining.Result result, double before, Path checkpoint) {
    if (result.cancelled()) {
      PrintWriter err = spec.commandLine().getErr();
      err.printf(
          "Cancelled at step %d; checkpoint saved in %s; pseudo-labels not regenerated.%n",
          result.steps(), checkpoint);
      err.flush();
      return;
    }
    PrintWriter stdout = spec.commandLine().getOut();
    String measured =
        Double.isNaN(result.validationJ())
            ? "no held-out J"
            : String.format(
                Locale.ROOT, "held-out J %.4f (before: %.4f)", result.validationJ(), before);
    stdout.printf(
        Locale.ROOT,
        "Adapted %d steps; %s; checkpoint in %s%n",
        result.steps(),
        measured,
        checkpoint);
    stdout.flush();
  }

  private int regenerate(
      ProjectStore store, FrameSource source, GeneratorSettings settings, Path checkpoint)
      throws Exception {
    GeneratorSettings adapted =
        settings.withOption(FgplgGeneratorFactory.MODEL_OPTION, checkpoint.toString());
    int rejected = store.project().framesIn(FrameState.REJECTED).size();
    PrintWriter stdout = spec.commandLine().getOut();
    try (PseudoLabelJob job =
        new PseudoLabelJob(
            store,
            source,
            GeneratorRegistry.standard().get(FgplgGeneratorFactory.NAME),
            adapted,
            PseudoLabelJob.Rejected.KEEP)) {
      PseudoLabelSummary summary = new ConsoleTaskRunner(System.err).run(job);
      stdout.printf(
          Locale.ROOT,
          "Pseudo-labelled %d frames in %d gaps with the adapted model; %d rejected frames kept"
              + " as reviewed (relabel them with pseudo-label --method fgplg --model %s).%n",
          summary.frames(),
          summary.gaps(),
          rejected,
          checkpoint);
      stdout.flush();
      return ExitCodes.OK;
    } catch (CancellationException e) {
      spec.commandLine()
          .getErr()
          .printf("Cancelled; the adapted checkpoint and every frame finished are saved.%n");
      return ExitCodes.CANCELLED;
    }
  }

  private Path baseModel() throws IOException {
    return flow.model != null ? Path.of(flow.model) : BundledModel.folder();
  }

  private String baseModelName() {
    return flow.model != null ? flow.model : BundledModel.NAME;
  }
}
