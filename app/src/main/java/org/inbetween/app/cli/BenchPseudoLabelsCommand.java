package org.inbetween.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.inbetween.app.labeling.bench.BenchResult;
import org.inbetween.app.labeling.bench.DavisSequence;
import org.inbetween.app.labeling.bench.PseudoLabelBenchmark;
import org.inbetween.models.pseudo.GeneratorFactory;
import org.inbetween.models.pseudo.GeneratorRegistry;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code inbetween bench pseudo-labels}: how well each method fills the frames between keyframes.
 *
 * <pre>
 * inbetween bench pseudo-labels --davis ../shared/data/DAVIS --split val \
 *     --interval 5,10,20 --method copy,warp --csv pseudo-val.csv
 * </pre>
 *
 * <p>Works in memory from the DAVIS folders; see {@link PseudoLabelBenchmark} for what is hidden,
 * scored and timed.
 */
@Command(
    name = "pseudo-labels",
    mixinStandardHelpOptions = true,
    description = {
      "Hide every ground-truth mask but the keyframes (0, l, 2l, ... and the last frame),"
          + " generate the rest and score J, F and J&F on the generated frames, with frames/s."
    })
public final class BenchPseudoLabelsCommand implements Callable<Integer> {
  @Spec private CommandSpec spec;

  @Mixin DavisSequenceOptions sequences = new DavisSequenceOptions();

  @Option(
      names = "--interval",
      split = ",",
      paramLabel = "L",
      description = "Keyframe intervals (default: 5,10,20).")
  private List<Integer> intervals = List.of(5, 10, 20);

  @Option(
      names = "--method",
      split = ",",
      paramLabel = "NAME",
      description = "Methods (default: copy,warp).")
  private List<String> methods = List.of("copy", "warp");

  @Option(names = "--csv", paramLabel = "FILE", description = "Also write the table as CSV.")
  private Path csv;

  @Mixin private FlowOptions flow;

  @Override
  public Integer call() throws IOException {
    GeneratorRegistry registry = GeneratorRegistry.standard();
    List<GeneratorFactory> factories = methods.stream().map(registry::get).toList();
    for (int interval : intervals) {
      if (interval < 2) {
        throw new IllegalArgumentException("interval must be >= 2, was " + interval);
      }
    }
    PrintWriter err = spec.commandLine().getErr();
    PseudoLabelBenchmark benchmark =
        new PseudoLabelBenchmark(
            flow.settings(),
            line -> {
              err.println("Device: " + line);
              err.flush();
            });
    List<BenchResult> rows = new ArrayList<>();
    PrintWriter out = spec.commandLine().getOut();
    out.println(BenchResult.CSV_HEADER);
    for (String name : sequences.sequenceNames("val")) {
      DavisSequence sequence = DavisSequence.read(sequences.davis, name);
      for (int interval : intervals) {
        for (GeneratorFactory factory : factories) {
          BenchResult row = benchmark.run(sequence, interval, factory);
          rows.add(row);
          out.println(row.toCsv());
          out.flush();
        }
      }
    }
    List<BenchResult> all = new ArrayList<>();
    for (int interval : intervals) {
      for (GeneratorFactory factory : factories) {
        all.add(
            BenchResult.mean(
                rows.stream()
                    .filter(r -> r.interval() == interval && r.method().equals(factory.name()))
                    .toList()));
      }
    }
    all.forEach(row -> out.println(row.toCsv()));
    out.printf(Locale.ROOT, "# flow: %s%n", flow.settings().flowParameters());
    out.flush();
    if (csv != null) {
      List<String> lines = new ArrayList<>();
      lines.add(BenchResult.CSV_HEADER);
      rows.forEach(r -> lines.add(r.toCsv()));
      all.forEach(r -> lines.add(r.toCsv()));
      Files.write(csv, lines);
    }
    return ExitCodes.OK;
  }
}
