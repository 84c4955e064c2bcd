package org.inbetween.app.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.inbetween.app.effort.AnnotatorMethod;
import org.inbetween.app.effort.EffortResult;
import org.inbetween.app.effort.EffortStrategy;
import org.inbetween.app.effort.EffortTable;
import org.inbetween.app.effort.SimulatedAnnotator;
import org.inbetween.app.files.Folders;
import org.inbetween.app.labeling.bench.DavisSequence;
import org.inbetween.app.task.ConsoleTaskRunner;
import org.inbetween.app.training.AdaptedMethod;
import org.inbetween.app.video.DavisLayout;
import org.inbetween.models.metrics.eval.EffortCurvePlot;
import org.inbetween.models.pseudo.GeneratorRegistry;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code inbetween bench effort}: how many frames must a person draw or correct before every frame
 * of a sequence reaches the target J? A {@link SimulatedAnnotator} per sequence, strategy and
 * method.
 *
 * <pre>
 * inbetween bench effort --davis ../shared/data/DAVIS --split val --method warp \
 *     --strategy uniform:5 --strategy uniform:10 --strategy suggest --csv effort.csv
 * </pre>
 */
@Command(
    name = "effort",
    mixinStandardHelpOptions = true,
    modelTransformer = PseudoLabelMethods.class,
    description = {
      "Simulate an annotator on each sequence with the tool's own commands: draw keyframes"
          + " (their ground truth) where the strategy says, pseudo-label, accept every frame"
          + " whose true J reaches the target, and draw more (suggest) or correct the rest"
          + " (uniform) until every frame does. Prints per sequence, strategy and method the"
          + " fraction of frames drawn by hand, the final min and mean J, the tool runs and the"
          + " CPU time, then the ALL rows (means; min_J the minimum)."
    })
public final class BenchEffortCommand implements Callable<Integer> {
  @Spec private CommandSpec spec;

  @Mixin DavisSequenceOptions sequences = new DavisSequenceOptions();

  @Option(
      names = "--method",
      paramLabel = "NAME",
      split = ",",
      completionCandidates = PseudoLabelMethods.class,
      description =
          "Generators, comma-separated or repeated (default: ${DEFAULT-VALUE}), or"
              + " fgplg-adapted, kmn-adapted, kmn-warp-adapted or kmn-fgplg-adapted: the"
              + " annotator adapts the project's models on its first keyframes (Models > Adapt)"
              + " before its first run.")
  private List<String> methods = List.of("warp");

  @Option(
      names = "--strategy",
      paramLabel = "S",
      split = ",",
      description =
          "uniform:L, suggest or suggest:L; comma-separated or repeated (default:"
              + " ${DEFAULT-VALUE}).")
  private List<String> strategies = List.of("uniform:5", "uniform:10", "uniform:20", "suggest");

  @Option(
      names = "--target",
      paramLabel = "J",
      description = "The J every frame must reach (default: ${DEFAULT-VALUE}).")
  private double target = 0.9;

  @Option(names = "--csv", paramLabel = "FILE", description = "Also write the table as CSV.")
  private Path csv;

  @Option(
      names = "--plot",
      paramLabel = "FILE",
      description = "Also draw mean J against frames drawn (PNG, or SVG for .svg).")
  private Path plot;

  @Mixin private FlowOptions flow;

  @Mixin private AdaptOptions adaptation = new AdaptOptions();

  @Override
  public Integer call() throws Exception {
    if (!(target > 0 && target <= 1)) {
      throw new IllegalArgumentException("--target must be in (0, 1], was " + target);
    }
    List<EffortStrategy> chosen = strategies.stream().map(EffortStrategy::parse).toList();
    List<AnnotatorMethod> chosenMethods = methods.stream().map(this::method).toList();
    ConsoleTaskRunner runner = new ConsoleTaskRunner(spec.commandLine().getErr());
    PrintWriter out = spec.commandLine().getOut();
    List<EffortResult> results = new ArrayList<>();
    for (String name : sequences.sequenceNames("val")) {
      DavisSequence sequence = DavisSequence.read(sequences.davis, name);
      Path frames = DavisLayout.of(sequences.davis, name).frames();
      for (AnnotatorMethod method : chosenMethods) {
        for (EffortStrategy strategy : chosen) {
          Path scratch = Files.createTempDirectory("inbetween-effort-");
          try {
            results.add(
                runner.run(
                    new SimulatedAnnotator(
                        sequence, frames, scratch.resolve("project"), method, strategy, target)));
          } finally {
            Folders.deleteRecursively(scratch);
          }
        }
      }
    }
    EffortTable table = new EffortTable(results);
    out.print(table.toText());
    out.flush();
    if (csv != null) {
      table.writeCsv(csv);
    }
    if (plot != null) {
      EffortCurvePlot.write(curves(results), plot);
    }
    return ExitCodes.OK;
  }

  /** The method named {@code name}; an unknown name fails before any work starts. */
  private AnnotatorMethod method(String name) {
    return AdaptedMethod.named(name, flow.settings(), adaptation.recipes())
        .map(AnnotatorMethod::adapted)
        .orElseGet(
            () -> AnnotatorMethod.of(GeneratorRegistry.standard().get(name), flow.settings()));
  }

  private static List<EffortCurvePlot.Curve> curves(List<EffortResult> results) {
    return results.stream()
        .map(
            r ->
                new EffortCurvePlot.Curve(
                    r.strategy() + " / " + r.method(),
                    r.sequence(),
                    r.trace().stream().mapToDouble(p -> p[0] / r.frames()).toArray(),
                    r.trace().stream().mapToDouble(p -> p[1]).toArray()))
        .sorted(java.util.Comparator.comparing(EffortCurvePlot.Curve::group))
        .toList();
  }
}
