package org.inbetween.app.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CancellationException;
import org.inbetween.app.quality.KeyframeSuggestion;
import org.inbetween.app.quality.KeyframeSuggestions;
import org.inbetween.app.quality.QualityReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code inbetween suggest}: the frames to label next, ranked by the estimated error their
 * labelling removes ({@link KeyframeSuggestions}), from the same estimate {@code quality} prints.
 *
 * <pre>
 * inbetween suggest --project work/bus --count 3
 * </pre>
 */
@Command(
    name = "suggest",
    mixinStandardHelpOptions = true,
    modelTransformer = PseudoLabelMethods.class,
    description = {
      "Say where the next keyframes should go: the frames whose labelling is expected to remove"
          + " the most error, judged without ground truth from the quality estimate (the"
          + " middle of the worst gap, toward where the estimate drops). Changes nothing."
    })
public final class SuggestCommand implements Callable<Integer> {
  @Spec private CommandSpec spec;

  @Mixin private QualityOptions options;

  @Option(
      names = "--count",
      paramLabel = "N",
      description =
          "How many frames to suggest, each as if the ones before were drawn (default:"
              + " ${DEFAULT-VALUE}).")
  private int count = 1;

  @Override
  public Integer call() throws Exception {
    if (count < 1) {
      throw new ParameterException(spec.commandLine(), "--count must be at least 1, was " + count);
    }
    try {
      QualityReport report = options.estimate(spec.commandLine().getErr());
      List<KeyframeSuggestion> suggestions = KeyframeSuggestions.rank(report, count);
      PrintWriter out = spec.commandLine().getOut();
      if (suggestions.isEmpty()) {
        out.println(
            "Nothing to suggest: every frame is human truth (drawn, accepted or corrected).");
      } else {
        out.printf(
            Locale.ROOT,
            "%4s %6s %-24s %13s %6s%n",
            "rank",
            "frame",
            "where",
            "mean estimate",
            "gain");
        for (int i = 0; i < suggestions.size(); i++) {
          KeyframeSuggestion s = suggestions.get(i);
          out.printf(
              Locale.ROOT,
              "%4d %6d %-24s %13.3f %6.2f%n",
              i + 1,
              s.frame(),
              s.stretch(),
              s.meanEstimate(),
              s.gain());
        }
      }
      out.flush();
      return ExitCodes.OK;
    } catch (CancellationException e) {
      spec.commandLine().getErr().println("Cancelled; nothing was changed.");
      return ExitCodes.CANCELLED;
    }
  }
}
