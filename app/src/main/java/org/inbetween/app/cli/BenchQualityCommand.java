package org.inbetween.app.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.inbetween.app.labeling.bench.DavisSequence;
import org.inbetween.app.quality.QualityBenchResult;
import org.inbetween.app.quality.QualityBenchmark;
import org.inbetween.app.quality.QualitySamples;
import org.inbetween.app.task.ConsoleTaskRunner;
import org.inbetween.app.task.Task;
import org.inbetween.models.pseudo.GeneratorFactory;
import org.inbetween.models.pseudo.GeneratorRegistry;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code inbetween bench quality}: does the quality estimate (confidence, leave-one-out J, and
 * their combinations) rank the generated frames as their true J does?
 *
 * <pre>
 * inbetween bench quality --davis ../shared/data/DAVIS --split val --interval 10 --method warp
 * </pre>
 *
 * <p>See {@link QualityBenchmark} for what is hidden, generated and correlated.
 */
@Command(
    name = "quality",
    mixinStandardHelpOptions = true,
    modelTransformer = PseudoLabelMethods.class,
    description = {
      "Keep the ground truth of every l-th frame (and the last) as keyframes, generate the rest,"
          + " and print per sequence Spearman's rank correlation between each quality estimate"
          + " (confidence, leave-one-out J, product, min) and the frames' true J; then ALL (the"
          + " mean over sequences) and POOLED (every frame of every sequence ranked together)."
    })
public final class BenchQualityCommand implements Callable<Integer> {
  @Spec private CommandSpec spec;

  @Mixin DavisSequenceOptions sequences = new DavisSequenceOptions();

  @Option(
      names = "--interval",
      paramLabel = "L",
      description = "Keyframe interval (default: ${DEFAULT-VALUE}).")
  private int interval = 10;

  @Option(
      names = "--method",
      paramLabel = "NAME",
      completionCandidates = PseudoLabelMethods.class,
      description = "Generator: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  private String method = "warp";

  @Option(names = "--csv", paramLabel = "FILE", description = "Also write the table as CSV.")
  private Path csv;

  @Mixin private FlowOptions flow;

  @Override
  public Integer call() throws Exception {
    if (interval < 3) {
      throw new IllegalArgumentException(
          "interval must be >= 3 (a keyframe left out needs a frame between it and each"
              + " neighbour), was "
              + interval);
    }
    GeneratorFactory factory = GeneratorRegistry.standard().get(method);
    QualityBenchmark benchmark = new QualityBenchmark(flow.settings());
    ConsoleTaskRunner runner = new ConsoleTaskRunner(spec.commandLine().getErr());
    PrintWriter out = spec.commandLine().getOut();
    out.println(QualityBenchResult.csvHeader());
    List<QualitySamples> samples = new ArrayList<>();
    List<QualityBenchResult> rows = new ArrayList<>();
    for (String name : sequences.sequenceNames("val")) {
      DavisSequence sequence = DavisSequence.read(sequences.davis, name);
      QualitySamples sequenceSamples =
          runner.run(
              Task.of(
                  "Quality " + name,
                  progress -> benchmark.run(sequence, interval, factory, progress)));
      samples.add(sequenceSamples);
      QualityBenchResult row = QualityBenchResult.of(sequenceSamples);
      rows.add(row);
      out.println(row.toCsv());
      out.flush();
    }
    rows.add(QualityBenchResult.mean(List.copyOf(rows)));
    rows.add(QualityBenchResult.of(QualitySamples.pooled(samples)));
    rows.subList(rows.size() - 2, rows.size()).forEach(row -> out.println(row.toCsv()));
    out.printf(Locale.ROOT, "# flow: %s%n", flow.settings().flowParameters());
    out.flush();
    if (csv != null) {
      List<String> lines = new ArrayList<>();
      lines.add(QualityBenchResult.csvHeader());
      rows.forEach(r -> lines.add(r.toCsv()));
      Files.write(csv, lines);
    }
    return ExitCodes.OK;
  }
}
