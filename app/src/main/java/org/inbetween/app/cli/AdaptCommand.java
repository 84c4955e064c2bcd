package org.inbetween.app.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CancellationException;
import org.inbetween.app.task.ConsoleTaskRunner;
import org.inbetween.app.training.AdaptRequest;
import org.inbetween.app.training.AdaptResult;
import org.inbetween.app.training.AdaptTask;
import org.inbetween.app.training.TrainingCancelledException;
import org.inbetween.models.train.ComputeDevice;
import org.inbetween.models.train.Devices;
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
 * <p>The work is {@link AdaptTask}, which the editor's "Adapt to this project" runs too: examples
 * from triples of human keyframes, frozen BatchNorm, relabelling that never writes a human mask and
 * keeps rejected frames. The checkpoint goes into the project ({@value #DEFAULT_OUT}) unless {@code
 * --out} says otherwise. Ctrl+C while training saves the checkpoint and exits 130 without
 * regenerating.
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
  static final String DEFAULT_OUT = AdaptRequest.DEFAULT_OUT;

  @Spec private CommandSpec spec;

  @Mixin ProjectJobOptions project = new ProjectJobOptions();

  /** The --model (start from) and --device options, and the flow the examples are built with. */
  @Mixin FlowOptions flow = new FlowOptions();

  /** See {@link AdaptRequest#DEFAULT_STEPS}. */
  @Option(
      names = "--steps",
      paramLabel = "N",
      description = "Fine-tuning steps (default: ${DEFAULT-VALUE}).")
  long steps = AdaptRequest.DEFAULT_STEPS;

  /** See {@link AdaptRequest#DEFAULT_LEARNING_RATE}. */
  @Option(
      names = "--lr",
      paramLabel = "X",
      description =
          "Adam learning rate (default: ${DEFAULT-VALUE}; the paper's 1e-5 needs far"
              + " more steps).")
  float learningRate = AdaptRequest.DEFAULT_LEARNING_RATE;

  /** See {@link AdaptRequest#DEFAULT_INPUT_SIDE}. */
  @Option(
      names = "--input-size",
      paramLabel = "PX",
      description =
          "Square input the network is fine-tuned and then runs at, a multiple of 16 (default:"
              + " ${DEFAULT-VALUE}; the bundled model was trained at 224).")
  int inputSide = AdaptRequest.DEFAULT_INPUT_SIDE;

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
      description =
          "Seeds the hold-out, the example order and dropout (default: ${DEFAULT-VALUE}).")
  long seed = 1;

  @Mixin PriorCorruptionOption corruptPriors = new PriorCorruptionOption();

  @Override
  public Integer call() throws Exception {
    ComputeDevice device =
        Devices.resolve(ComputeDevice.parse(flow.device == null ? "auto" : flow.device));
    flow.check();
    PrintWriter err = spec.commandLine().getErr();
    return project.run(
        (store, frames) -> {
          AdaptRequest request =
              new AdaptRequest(
                  flow.model != null ? Path.of(flow.model) : null,
                  steps,
                  learningRate,
                  inputSide,
                  device,
                  flow.settings(store.project().flowSettings()),
                  out,
                  !noRegenerate,
                  seed,
                  corruptPriors.corruption());
          try {
            return report(new ConsoleTaskRunner(err).run(new AdaptTask(store, frames, request)));
          } catch (TrainingCancelledException e) {
            err.printf(
                "Cancelled at step %d; checkpoint saved in %s; pseudo-labels not regenerated.%n",
                e.steps(), e.checkpoint());
            err.flush();
            return ExitCodes.CANCELLED;
          } catch (CancellationException e) {
            err.printf("Cancelled; the adapted checkpoint and every frame finished are saved.%n");
            err.flush();
            return ExitCodes.CANCELLED;
          }
        });
  }

  private int report(AdaptResult result) {
    PrintWriter stdout = spec.commandLine().getOut();
    String measured =
        result.heldOut() == 0
            ? "no held-out J"
            : String.format(
                Locale.ROOT, "held-out J %.4f (before: %.4f)", result.afterJ(), result.beforeJ());
    stdout.printf(
        Locale.ROOT,
        "Adapted %d steps; %s; checkpoint in %s%n",
        result.steps(),
        measured,
        result.checkpoint());
    result
        .relabelled()
        .ifPresent(
            summary ->
                stdout.printf(
                    Locale.ROOT,
                    "Pseudo-labelled %d frames in %d gaps with the adapted model; %d rejected"
                        + " frames kept as reviewed (relabel them with pseudo-label --method fgplg"
                        + " --model %s).%n",
                    summary.frames(),
                    summary.gaps(),
                    result.rejectedKept(),
                    result.checkpoint()));
    stdout.flush();
    return ExitCodes.OK;
  }
}
