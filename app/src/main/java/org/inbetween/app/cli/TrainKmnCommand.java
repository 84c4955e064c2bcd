package org.inbetween.app.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.inbetween.app.task.ConsoleTaskRunner;
import org.inbetween.app.training.KmnDecoderTrainingTask;
import org.inbetween.app.training.TrainingCancelledException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code inbetween train kmn}: trains the decoder of the KMN memory read on a DAVIS-layout dataset
 * (the trunk stays frozen). The bundled decoder was made with it (docs/models/kmn-decoder.md):
 *
 * <pre>
 * inbetween train kmn --davis ../shared/data/DAVIS --sequences boat,bus,... --steps 1500 \
 *     --out kmn-decoder.params
 * </pre>
 *
 * Use the result with {@code --option decoder=FILE}.
 */
@Command(
    name = "kmn",
    mixinStandardHelpOptions = true,
    description = {
      "Train the decoder that turns kmn's memory read into full-resolution masks, on a DAVIS-layout"
          + " dataset (reads from 1 or 2 memory frames 2-40 frames away, Hide-and-Seek)."
    })
public final class TrainKmnCommand implements Callable<Integer> {
  @Spec private CommandSpec spec;

  @Mixin DavisSequenceOptions sequences = new DavisSequenceOptions();

  @Option(names = "--steps", required = true, paramLabel = "N", description = "Steps in all.")
  long steps;

  @Option(
      names = "--lr",
      paramLabel = "X",
      description = "Adam learning rate (default: ${DEFAULT-VALUE}).")
  float learningRate = 1e-3f;

  @Option(
      names = "--out",
      required = true,
      paramLabel = "FILE",
      description = "The decoder's parameter file.")
  Path out;

  @Option(
      names = "--seed",
      paramLabel = "N",
      description = "Seeds the examples drawn (default: ${DEFAULT-VALUE}).")
  long seed = 1;

  @Override
  public Integer call() throws Exception {
    if (steps < 1) {
      throw new IllegalArgumentException("--steps must be at least 1, was " + steps);
    }
    List<String> names = sequences.sequenceNames("train");
    PrintWriter err = spec.commandLine().getErr();
    KmnDecoderTrainingTask task =
        new KmnDecoderTrainingTask(sequences.davis, names, steps, learningRate, seed, out);
    try {
      float loss = new ConsoleTaskRunner(err).run(task);
      spec.commandLine()
          .getOut()
          .printf(
              Locale.ROOT, "Trained %d steps; mean loss %.4f; decoder in %s%n", steps, loss, out);
      spec.commandLine().getOut().flush();
      return ExitCodes.OK;
    } catch (TrainingCancelledException e) {
      err.printf("Cancelled at step %d; the decoder so far is in %s.%n", e.steps(), out);
      err.flush();
      return ExitCodes.CANCELLED;
    }
  }
}
