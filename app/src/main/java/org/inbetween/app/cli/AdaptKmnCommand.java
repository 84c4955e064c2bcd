package org.inbetween.app.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import java.util.concurrent.CancellationException;
import org.inbetween.app.task.ConsoleTaskRunner;
import org.inbetween.app.training.KmnAdaptTask;
import org.inbetween.models.kmn.DecoderAdaptation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code inbetween adapt-kmn}: fine-tunes the kmn decoder on a project's own human keyframes.
 *
 * <pre>
 * inbetween adapt-kmn --project work/bus      # 100 steps, models/kmn-adapted/decoder.params
 * inbetween pseudo-label --project work/bus --method kmn-warp \
 *     --kmn-decoder work/bus/models/kmn-adapted/decoder.params
 * </pre>
 *
 * <p>The work is {@link KmnAdaptTask}, which the editor's "Adapt kmn to this project" runs too; the
 * editor's pseudo-labelling then uses the decoder by itself. Ctrl+C stops between two steps and
 * leaves any earlier decoder as it was.
 */
@Command(
    name = "adapt-kmn",
    mixinStandardHelpOptions = true,
    description = {
      "Fine-tune the kmn decoder on this project's human keyframes (each read from its neighbours,"
          + " as kmn fills a gap); the editor's kmn and kmn-warp pseudo-labels then use it.",
      "The project's masks are not changed."
    })
public final class AdaptKmnCommand implements Callable<Integer> {
  @Spec private CommandSpec spec;

  @Mixin ProjectJobOptions project = new ProjectJobOptions();

  @Option(
      names = "--steps",
      paramLabel = "N",
      description = "Fine-tuning steps (default: ${DEFAULT-VALUE}).")
  int steps = DecoderAdaptation.DEFAULT_STEPS;

  @Option(
      names = "--seed",
      paramLabel = "N",
      description = "Seeds the choice of reads and the hidden cells (default: ${DEFAULT-VALUE}).")
  long seed = 1;

  @Override
  public Integer call() throws Exception {
    DecoderAdaptation.Recipe recipe = DecoderAdaptation.Recipe.withSteps(steps, seed);
    PrintWriter err = spec.commandLine().getErr();
    return project.run(
        (store, frames) -> {
          try {
            KmnAdaptTask.Result result =
                new ConsoleTaskRunner(err).run(new KmnAdaptTask(store, frames, recipe));
            spec.commandLine().getOut().println(result.summary());
            spec.commandLine().getOut().flush();
            return ExitCodes.OK;
          } catch (CancellationException e) {
            err.printf("Cancelled: %s.%n", e.getMessage());
            err.flush();
            return ExitCodes.CANCELLED;
          }
        });
  }
}
