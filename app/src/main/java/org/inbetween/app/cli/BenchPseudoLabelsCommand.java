package org.inbetween.app.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.inbetween.app.labeling.bench.BenchResult;
import org.inbetween.app.labeling.bench.DavisSequence;
import org.inbetween.app.labeling.bench.PseudoLabelBenchmark;
import org.inbetween.app.training.AdaptedBenchmark;
import org.inbetween.app.training.AdaptedMethod;
import org.inbetween.models.pseudo.GeneratorFactory;
import org.inbetween.models.pseudo.GeneratorRegistry;
import org.inbetween.models.pseudo.GeneratorSettings;
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
    modelTransformer = PseudoLabelMethods.class,
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
      completionCandidates = PseudoLabelMethods.class,
      description =
          "Methods (default: copy,warp): ${COMPLETION-CANDIDATES} (see Methods below), or"
              + " fgplg-adapted, kmn-adapted, kmn-warp-adapted or kmn-fgplg-adapted (the method's"
              + " models adapted on each sequence's own keyframes first, as Models > Adapt FGPLG"
              + " and Adapt kmn do; kmn-fgplg-adapted adapts both); the adaptation is timed too.")
  private List<String> methods = List.of("copy", "warp");

  @Mixin private AdaptOptions adaptation = new AdaptOptions();

  @Option(
      names = "--one-shot",
      description =
          "Instead of intervals: give frame 0 only and propagate forward to every other frame"
              + " (the DAVIS semi-supervised protocol); rows have interval 0. Methods that need two"
              + " keyframes (fgplg) are refused.")
  private boolean oneShot;

  @Option(names = "--csv", paramLabel = "FILE", description = "Also write the table as CSV.")
  private Path csv;

  @Mixin private FlowOptions flow;

  /** One method's run on one sequence at one interval. */
  private interface MethodRun {
    BenchResult run(DavisSequence sequence, int interval) throws Exception;
  }

  @Override
  public Integer call() throws Exception {
    if (oneShot) {
      for (String name : methods) {
        if (AdaptedMethod.isAdapted(name)) {
          throw new IllegalArgumentException(
              name + " adapts on keyframes; --one-shot gives frame 0 only");
        }
      }
    }
    for (int interval : oneShot ? List.<Integer>of() : intervals) {
      if (interval < 2) {
        throw new IllegalArgumentException("interval must be >= 2, was " + interval);
      }
    }
    PrintWriter err = spec.commandLine().getErr();
    Consumer<String> log =
        line -> {
          err.println(line);
          err.flush();
        };
    Map<String, MethodRun> runs = methodRuns(line -> log.accept("Device: " + line), log);
    List<BenchResult> rows = new ArrayList<>();
    PrintWriter out = spec.commandLine().getOut();
    out.println(BenchResult.CSV_HEADER);
    List<Integer> chosen = oneShot ? List.of(PseudoLabelBenchmark.ONE_SHOT) : intervals;
    for (String name : sequences.sequenceNames("val")) {
      DavisSequence sequence = DavisSequence.read(sequences.davis, name);
      for (int interval : chosen) {
        for (MethodRun run : runs.values()) {
          BenchResult row = run.run(sequence, interval);
          rows.add(row);
          out.println(row.toCsv());
          out.flush();
        }
      }
    }
    List<BenchResult> all = new ArrayList<>();
    for (int interval : chosen) {
      for (String method : runs.keySet()) {
        all.add(
            BenchResult.mean(
                rows.stream()
                    .filter(r -> r.interval() == interval && r.method().equals(method))
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

  /** Each asked-for method by name, unknown names refused before any work starts. */
  private Map<String, MethodRun> methodRuns(Consumer<String> deviceLog, Consumer<String> log) {
    GeneratorRegistry registry = GeneratorRegistry.standard();
    GeneratorSettings settings = flow.settings();
    PseudoLabelBenchmark benchmark = new PseudoLabelBenchmark(settings, deviceLog);
    Map<String, MethodRun> runs = new LinkedHashMap<>();
    AdaptedMethod.Recipes recipes = adaptation.recipes();
    for (String name : methods) {
      Optional<AdaptedMethod> adapted = AdaptedMethod.named(name, settings, recipes);
      if (adapted.isPresent()) {
        runs.put(name, new AdaptedBenchmark(adapted.get(), sequences.davis, log)::run);
      } else {
        GeneratorFactory factory = registry.get(name);
        runs.put(
            name,
            (sequence, interval) ->
                interval == PseudoLabelBenchmark.ONE_SHOT
                    ? benchmark.runOneShot(sequence, factory)
                    : benchmark.run(sequence, interval, factory));
      }
    }
    return runs;
  }
}
