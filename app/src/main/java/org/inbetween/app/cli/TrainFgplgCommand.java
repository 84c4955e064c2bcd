package org.inbetween.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.inbetween.app.exchange.export.ExportManifest;
import org.inbetween.app.task.ConsoleTaskRunner;
import org.inbetween.app.training.DavisFgplgData;
import org.inbetween.app.training.ExportFgplgData;
import org.inbetween.app.training.FgplgData;
import org.inbetween.app.training.FgplgTrainingRequest;
import org.inbetween.app.training.FgplgTrainingTask;
import org.inbetween.app.training.TrainingCancelledException;
import org.inbetween.models.fgplg.FgplgTraining;
import org.inbetween.models.fgplg.FgplgTriples;
import org.inbetween.models.rcrnet.RcrNetPreset;
import org.inbetween.models.train.ComputeDevice;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code inbetween train fgplg}: trains the FGPLG refiner on a DAVIS-layout dataset, every mask
 * ground truth, or on exports of {@code inbetween export}, whose manifests decide which masks are
 * targets and what each weighs ({@link org.inbetween.app.training.dataset.LabelRules}).
 *
 * <pre>
 * inbetween train fgplg --davis ../shared/data/DAVIS --split train --interval 5,10,20 \
 *     --steps 3000 --preset compact --out models/fgplg-compact
 * inbetween train fgplg --dataset exports/street --dataset exports/park --use-unreviewed \
 *     --weight accepted=0.8,unreviewed=0.25 --steps 3000 --out models/fgplg-street
 * </pre>
 *
 * <p>The training itself is {@link FgplgTrainingTask}, which the jobs panel runs too. Ctrl+C stops
 * between two steps and saves a checkpoint first (the best one stays in {@code best}); {@code
 * --resume DIR} goes on from it.
 */
@Command(
    name = "fgplg",
    mixinStandardHelpOptions = true,
    description = {
      "Train the flow-guided pseudo-label generator on a DAVIS-layout dataset (--davis) or on"
          + " exports (--dataset): keyframes every l frames, targets between them, validation J"
          + " on held-out triples. With --dataset, keyframes and targets are only frames whose"
          + " manifest source the rules allow, each weighted by its source."
    })
public final class TrainFgplgCommand implements Callable<Integer> {
  @Spec private CommandSpec spec;

  @ArgGroup(exclusive = true, multiplicity = "1")
  TrainingDataOptions data;

  /** Several intervals mix their gaps into one training set: labelling uses more than one. */
  @Option(
      names = "--interval",
      split = ",",
      paramLabel = "L",
      description = "Keyframe intervals l, comma-separated (default: ${DEFAULT-VALUE}).")
  List<Integer> intervals = List.of(5);

  /**
   * Every in-between frame by default: labelling fills every frame of a gap, at every distance from
   * its keyframes, and the train split is small; centre is the paper's one frame per gap.
   */
  @Option(
      names = "--middle",
      paramLabel = "WHICH",
      description =
          "Targets between keyframes: all, or centre (one per gap, as in the paper)"
              + " (default: ${DEFAULT-VALUE}).")
  String middle = "all";

  @Option(names = "--steps", required = true, paramLabel = "N", description = "Steps in all.")
  long steps;

  @Option(
      names = "--lr",
      paramLabel = "X",
      description = "Adam learning rate (default: ${DEFAULT-VALUE}).")
  float learningRate = 3e-4f;

  @Option(
      names = "--preset",
      paramLabel = "NAME",
      description = "Network size: compact or full (default: ${DEFAULT-VALUE}).")
  String preset = RcrNetPreset.COMPACT.id();

  @Mixin CheckpointFolderOptions checkpoints = new CheckpointFolderOptions();

  @Option(
      names = "--validate-every",
      paramLabel = "N",
      description = "Measure validation J every N steps (default: ${DEFAULT-VALUE}).")
  int validateEvery = 100;

  @Option(
      names = "--checkpoint-every",
      paramLabel = "N",
      description = "Save a checkpoint every N steps (default: ${DEFAULT-VALUE}).")
  int checkpointEvery = 250;

  @Option(
      names = "--holdout",
      paramLabel = "F",
      description = "Fraction of triples held out for validation (default: ${DEFAULT-VALUE}).")
  double holdout = 0.1;

  /**
   * Neighbouring frames of one sequence look alike, so triples held out from the training sequences
   * reward memorising them; whole sequences held out measure what the val split will. With {@code
   * --dataset} the manifests' val sequences are held out anyway; these are added to them.
   */
  @Option(
      names = "--holdout-sequences",
      split = ",",
      paramLabel = "NAMES",
      description =
          "Hold out these whole sequences (of the selected ones) for validation instead of a"
              + " fraction of the triples; with --dataset, in addition to the manifests' val"
              + " sequences.")
  List<String> holdoutSequences = List.of();

  @Option(
      names = "--seed",
      paramLabel = "N",
      description =
          "Seeds the hold-out, the example order, reversal and dropout (default: ${DEFAULT-VALUE}).")
  long seed = 1;

  @Mixin PriorCorruptionOption corruptPriors = new PriorCorruptionOption();

  @Override
  public Integer call() throws Exception {
    ComputeDevice resolved = checkpoints.resolvedDevice();
    RcrNetPreset network = RcrNetPreset.byName(preset);
    FgplgTriples.Middle middles = parseMiddle();
    if (!(holdout >= 0 && holdout < 1)) {
      throw new IllegalArgumentException("--holdout must be in [0, 1), was " + holdout);
    }
    FgplgTrainingRequest request =
        new FgplgTrainingRequest(
            data.davis != null ? davisData() : exportData(),
            intervals,
            middles,
            steps,
            learningRate,
            network,
            checkpoints.out,
            checkpoints.resume,
            resolved,
            validateEvery,
            checkpointEvery,
            holdout,
            seed,
            corruptPriors.corruption());
    PrintWriter err = spec.commandLine().getErr();
    try {
      return report(new ConsoleTaskRunner(err).run(new FgplgTrainingTask(request)));
    } catch (TrainingCancelledException e) {
      err.print(checkpoints.cancelledLine(e.steps()));
      err.flush();
      return ExitCodes.CANCELLED;
    }
  }

  /**
   * {@code --davis} reads every mask as ground truth; on an export that includes unreviewed
   * pseudo-labels that is rarely what was meant, so it says where the manifest-aware path is.
   */
  private FgplgData davisData() throws IOException {
    if (Files.isRegularFile(data.davis.davis.resolve(ExportManifest.FILE_NAME))) {
      PrintWriter err = spec.commandLine().getErr();
      err.printf(
          "Note: %s is an export with a manifest; --davis takes every mask in it as ground truth"
              + " (unreviewed pseudo-labels included), --dataset follows the manifest.%n",
          data.davis.davis);
      err.flush();
    }
    List<String> names = data.davis.sequenceNames("train");
    if (!names.containsAll(holdoutSequences)) {
      throw new IllegalArgumentException(
          "--holdout-sequences " + holdoutSequences + " must be among the sequences " + names);
    }
    List<String> trainNames =
        names.stream().filter(name -> !holdoutSequences.contains(name)).toList();
    return new DavisFgplgData(data.davis.davis, trainNames, holdoutSequences);
  }

  /** The held-out names are checked once the exports are read: only they know their sequences. */
  private FgplgData exportData() {
    return new ExportFgplgData(data.exports.exports, data.exports.rules(), holdoutSequences);
  }

  private int report(FgplgTraining.Result result) {
    PrintWriter stdout = spec.commandLine().getOut();
    stdout.printf(
        Locale.ROOT,
        "Trained %d steps; validation J %.4f; checkpoint in %s%n",
        result.steps(),
        result.validationJ(),
        checkpoints.out);
    if (result.bestStep() > 0) {
      stdout.printf(
          Locale.ROOT,
          "Best validation J %.4f at step %d; that checkpoint is in %s%n",
          result.bestJ(),
          result.bestStep(),
          checkpoints.out.resolve(FgplgTraining.BEST));
    }
    stdout.flush();
    return ExitCodes.OK;
  }

  private FgplgTriples.Middle parseMiddle() {
    return switch (middle.toLowerCase(Locale.ROOT)) {
      case "centre", "center" -> FgplgTriples.Middle.CENTRE;
      case "all" -> FgplgTriples.Middle.ALL;
      default ->
          throw new IllegalArgumentException(
              "--middle must be centre or all, was '" + middle + "'");
    };
  }
}
