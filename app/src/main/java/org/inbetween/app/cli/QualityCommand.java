package org.inbetween.app.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CancellationException;
import org.inbetween.app.project.ProjectFrames;
import org.inbetween.app.project.store.ProjectStore;
import org.inbetween.app.quality.EstimateRule;
import org.inbetween.app.quality.PseudoLabelMethod;
import org.inbetween.app.quality.QualityEstimate;
import org.inbetween.app.quality.QualityReport;
import org.inbetween.app.task.ConsoleTaskRunner;
import org.inbetween.app.video.FrameSource;
import org.inbetween.models.pseudo.GeneratorFactory;
import org.inbetween.models.pseudo.GeneratorRegistry;
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
 * <p>Reads the project only (it may be open in the editor). See {@link QualityEstimate} for the
 * leave-one-out estimate and {@link QualityReport} for the CSV.
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

  @Option(names = "--project", required = true, paramLabel = "DIR", description = "The project.")
  private Path project;

  @Option(
      names = "--method",
      paramLabel = "NAME",
      completionCandidates = PseudoLabelMethods.class,
      description =
          "Generator: ${COMPLETION-CANDIDATES} (default: the method of the project's"
              + " pseudo-labels, or the default method when it has none).")
  private String method;

  @Option(
      names = "--rule",
      paramLabel = "NAME",
      description =
          "How a frame's estimate combines its confidence and its gap's leave-one-out J:"
              + " confidence, loo, product or min (default: ${DEFAULT-VALUE}).")
  private String rule = EstimateRule.DEFAULT.label();

  @Option(
      names = "--csv",
      paramLabel = "FILE",
      description = "Also write one row per frame as CSV.")
  private Path csv;

  @Mixin private FlowOptions flow;

  @Override
  public Integer call() throws Exception {
    EstimateRule estimateRule = EstimateRule.parse(rule);
    GeneratorRegistry registry = GeneratorRegistry.standard();
    try (ProjectStore store = ProjectStore.openReadOnly(project);
        FrameSource frames = ProjectFrames.open(store.project(), project)) {
      String chosen =
          method != null
              ? method
              : PseudoLabelMethod.used(store).orElseGet(registry::defaultMethod);
      GeneratorFactory factory = registry.get(chosen);
      QualityReport report;
      try (QualityEstimate estimate =
          new QualityEstimate(store, frames, factory, flow.settings(), estimateRule)) {
        PrintWriter err = spec.commandLine().getErr();
        err.println("Device: " + estimate.device());
        err.flush();
        report = new ConsoleTaskRunner(err).run(estimate);
      }
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
