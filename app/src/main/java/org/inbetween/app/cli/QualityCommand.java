package org.inbetween.app.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CancellationException;
import org.inbetween.app.quality.QualityReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code inbetween quality}: how good the project's pseudo-labels probably are, without ground
 * truth.
 *
 * <pre>
 * inbetween quality --project work/bus --csv bus-quality.csv
 * </pre>
 *
 * <p>Reads the project only (it may be open in the editor). See {@link
 * org.inbetween.app.quality.QualityEstimate} for the leave-one-out estimate and {@link
 * QualityReport} for the CSV.
 */
@Command(
    name = "quality",
    mixinStandardHelpOptions = true,
    modelTransformer = PseudoLabelMethods.class,
    description = {
      "Estimate the pseudo-labels' quality without ground truth: predict each human keyframe"
          + " from the human keyframes around it and score it against the human mask (J, F),"
          + " and give every frame its confidence and the estimate of its gap. Changes nothing."
    })
public final class QualityCommand implements Callable<Integer> {
  @Spec private CommandSpec spec;

  @Mixin private QualityOptions options;

  @Option(
      names = "--csv",
      paramLabel = "FILE",
      description = "Also write one row per frame as CSV.")
  private Path csv;

  @Override
  public Integer call() throws Exception {
    try {
      QualityReport report = options.estimate(spec.commandLine().getErr());
      PrintWriter out = spec.commandLine().getOut();
      out.print(QualityTable.format(report));
      out.flush();
      if (csv != null) {
        report.writeCsv(csv);
      }
      return ExitCodes.OK;
    } catch (CancellationException e) {
      spec.commandLine().getErr().println("Cancelled; nothing was changed.");
      return ExitCodes.CANCELLED;
    }
  }
}
