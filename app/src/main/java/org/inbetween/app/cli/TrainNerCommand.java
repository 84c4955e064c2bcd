package org.inbetween.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.inbetween.app.task.ConsoleTaskRunner;
import org.inbetween.app.training.DavisNerData;
import org.inbetween.app.training.ExportNerData;
import org.inbetween.app.training.NerData;
import org.inbetween.app.training.NerTrainingRequest;
import org.inbetween.app.training.NerTrainingTask;
import org.inbetween.app.training.TrainingCancelledException;
import org.inbetween.models.ner.NerPreset;
import org.inbetween.models.ner.NerTraining;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code inbetween train ner}: trains RCRNet+NER (or, with {@code --static}, the per-frame RCRNet)
 * on a DAVIS-layout dataset with sparse ground truth, the paper's experiment, or on exports of
 * {@code inbetween export}, whose manifests decide which masks are targets and what each weighs
 * ({@link org.inbetween.app.training.dataset.LabelRules}):
 *
 * <pre>
 * inbetween train ner --davis ../shared/data/DAVIS --split train --label-every 5 --fill fgplg \
 *     --distill-steps 500 --steps 3000 --out models/ner-l5-fgplg
 * inbetween train ner --dataset exports/street --use-unreviewed --weight unreviewed=0.25 \
 *     --steps 3000 --out models/ner-street
 * </pre>
 *
 * <p>Ctrl+C stops between two steps and saves a checkpoint first; {@code --resume DIR} goes on from
 * it. Use the result with {@code predict --model ner=DIR}.
 */
@Command(
    name = "ner",
    mixinStandardHelpOptions = true,
    description = {
      "Train RCRNet+NER (video salient object detection over clips of 4 frames) on a"
          + " DAVIS-layout dataset (--davis): ground truth every l-th frame, optionally"
          + " pseudo-labels between; or on exports (--dataset): targets only where the manifest"
          + " and the rules allow, each weighted by its source. Optionally distilled from"
          + " U2-Net-p first."
    })
public final class TrainNerCommand implements Callable<Integer> {
  @Spec private CommandSpec spec;

  @ArgGroup(exclusive = true, multiplicity = "1")
  TrainingDataOptions data;

  /** Options that only say how to thin out and fill DAVIS ground truth; refused with --dataset. */
  private static final List<String> DAVIS_ONLY =
      List.of("--label-every", "--fill", "--pseudo-weight");

  @Option(
      names = "--label-every",
      paramLabel = "L",
      description =
          "With --davis: use the ground truth of frames 0, L, 2L... only"
              + " (default: ${DEFAULT-VALUE}).")
  int labelEvery = 1;

  @Option(
      names = "--fill",
      paramLabel = "METHOD",
      description =
          "With --davis: pseudo-label the frames between ground-truth frames with this method"
              + " (fgplg, warp, copy...) or none (default: ${DEFAULT-VALUE}).")
  String fill = "none";

  @Option(
      names = "--pseudo-weight",
      paramLabel = "W",
      description =
          "With --fill: loss weight of a pseudo-label; ground truth weighs 1"
              + " (default: ${DEFAULT-VALUE}).")
  float pseudoWeight = 1f;

  @Option(
      names = "--distill-steps",
      paramLabel = "N",
      description =
          "First learn U2-Net-p's maps of every frame for N steps, in place of image-saliency"
              + " pretraining (default: ${DEFAULT-VALUE}).")
  long distillSteps = 0;

  @Option(names = "--steps", required = true, paramLabel = "N", description = "Steps in all.")
  long steps;

  @Option(
      names = "--static",
      description = "Train the static RCRNet (no NER module, one frame at a time).")
  boolean frameByFrame;

  @Option(
      names = "--augment",
      description =
          "Flip and crop each clip at random, the same way for its 4 frames (off by default: it"
              + " lost on held-out DAVIS sequences, docs/models/rcrnet-ner-davis.md).")
  boolean augment;

  @Option(
      names = "--preset",
      paramLabel = "NAME",
      description = "Network size: mobile or full (default: ${DEFAULT-VALUE}).")
  String preset = NerPreset.MOBILE.id();

  @Option(
      names = "--batch",
      paramLabel = "N",
      description = "Clips per step (default: ${DEFAULT-VALUE}).")
  int batch = 1;

  @Option(
      names = "--lr",
      paramLabel = "X",
      description = "Adam learning rate (default: ${DEFAULT-VALUE}).")
  float learningRate = 1e-4f;

  @Mixin CheckpointFolderOptions checkpoints = new CheckpointFolderOptions();

  @Option(
      names = "--checkpoint-every",
      paramLabel = "N",
      description = "Save a checkpoint every N steps (default: ${DEFAULT-VALUE}).")
  int checkpointEvery = 100;

  @Option(
      names = "--seed",
      paramLabel = "N",
      description = "Seeds the weights and the clips drawn (default: ${DEFAULT-VALUE}).")
  long seed = 1;

  private NerData davisData() throws IOException {
    return new DavisNerData(
        data.davis.davis,
        data.davis.sequenceNames("train"),
        labelEvery,
        fill.equalsIgnoreCase("none") ? null : fill,
        pseudoWeight);
  }

  /** The manifests decide the targets, so the options that thin out DAVIS truth are refused. */
  private NerData exportData() {
    for (String option : DAVIS_ONLY) {
      if (spec.commandLine().getParseResult().hasMatchedOption(option)) {
        throw new ParameterException(
            spec.commandLine(),
            option
                + " applies to --davis only: with --dataset the manifests decide which frames are"
                + " targets (see --use-unreviewed and --weight)");
      }
    }
    return new ExportNerData(data.exports.exports, data.exports.rules());
  }

  @Override
  public Integer call() throws Exception {
    NerTrainingRequest request =
        new NerTrainingRequest(
            data.davis != null ? davisData() : exportData(),
            distillSteps,
            steps,
            batch,
            learningRate,
            NerPreset.byName(preset),
            frameByFrame,
            augment,
            checkpoints.out,
            checkpoints.resume,
            checkpoints.resolvedDevice(),
            checkpointEvery,
            seed);
    PrintWriter err = spec.commandLine().getErr();
    long start = System.nanoTime();
    try {
      NerTraining.Result result = new ConsoleTaskRunner(err).run(new NerTrainingTask(request));
      PrintWriter stdout = spec.commandLine().getOut();
      stdout.printf(
          Locale.ROOT,
          "Trained %d steps; last loss %.4f; checkpoint in %s; wall time %.1f s%n",
          result.steps(),
          result.lastLoss(),
          checkpoints.out,
          (System.nanoTime() - start) / 1e9);
      stdout.flush();
      return ExitCodes.OK;
    } catch (TrainingCancelledException e) {
      err.print(checkpoints.cancelledLine(e.steps()));
      err.flush();
      return ExitCodes.CANCELLED;
    }
  }
}
