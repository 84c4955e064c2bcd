package org.inbetween.app.cli;

import java.nio.file.Path;
import java.util.List;
import org.inbetween.app.training.dataset.LabelRules;
import org.inbetween.app.training.dataset.LabelWeights;
import picocli.CommandLine.Option;

/**
 * Training on exports of {@code inbetween export}: {@code --dataset EXPORT} (repeatable), {@code
 * --use-unreviewed} and {@code --weight}. The manifest beside each export decides which masks are
 * targets ({@link LabelRules}); a training command takes these as an alternative to {@code
 * --davis}.
 */
final class ExportDatasetOptions {
  @Option(
      names = "--dataset",
      required = true,
      paramLabel = "EXPORT",
      description =
          "A folder written by 'inbetween export' (repeat for several): its manifest says which"
              + " masks are ground truth, which reviewed or unreviewed pseudo-labels, and its val"
              + " sequences validate.")
  List<Path> exports;

  @Option(
      names = "--use-unreviewed",
      description =
          "Also train on pseudo-labels nobody reviewed (an export keeps them when its include"
              + " option is all), weighted by --weight unreviewed; without it their frames count as"
              + " unlabelled.")
  boolean useUnreviewed;

  /** One string, parsed by {@link LabelWeights#parse}, so every command reads it alike. */
  @Option(
      names = "--weight",
      paramLabel = "SOURCE=W,...",
      description =
          "Loss weight of each label source's targets: human, corrected, accepted, unreviewed"
              + " (default: human=1,corrected=1,accepted=1,unreviewed=0.5).")
  String weights = "";

  /** The rules these options ask for; a bad {@code --weight} fails naming the bad part. */
  LabelRules rules() {
    return new LabelRules(useUnreviewed, LabelWeights.parse(weights));
  }
}
