package org.inbetween.app.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import org.inbetween.app.project.ProjectFrames;
import org.inbetween.app.project.store.ProjectStore;
import org.inbetween.app.quality.EstimateRule;
import org.inbetween.app.quality.PseudoLabelMethod;
import org.inbetween.app.quality.QualityEstimate;
import org.inbetween.app.quality.QualityReport;
import org.inbetween.app.task.ConsoleTaskRunner;
import org.inbetween.app.video.FrameSource;
import org.inbetween.models.pseudo.GeneratorRegistry;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * The options of the commands that run the quality estimate on a project ({@code quality}, {@code
 * suggest}), and the run itself: read-only, so the project may be open in the editor meanwhile.
 */
final class QualityOptions {
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

  @Mixin private FlowOptions flow;

  /**
   * Opens the project read-only and runs the leave-one-out estimate, progress on {@code err}.
   *
   * @throws java.util.concurrent.CancellationException when the run is cancelled
   */
  QualityReport estimate(PrintWriter err) throws Exception {
    EstimateRule estimateRule = EstimateRule.parse(rule);
    flow.check();
    GeneratorRegistry registry = GeneratorRegistry.standard();
    try (ProjectStore store = ProjectStore.openReadOnly(project);
        FrameSource frames = ProjectFrames.open(store.project(), project)) {
      String chosen =
          method != null
              ? method
              : PseudoLabelMethod.used(store).orElseGet(registry::defaultMethod);
      try (QualityEstimate estimate =
          new QualityEstimate(
              store,
              frames,
              registry.get(chosen),
              flow.settings(store.project().flowSettings()),
              estimateRule)) {
        err.println("Device: " + estimate.device());
        err.flush();
        return new ConsoleTaskRunner(err).run(estimate);
      }
    }
  }
}
