package org.inbetween.app.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.inbetween.app.labeling.bench.DavisSplits;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Option;

/**
 * Which DAVIS sequences a command works on: {@code --davis ROOT} and either {@code --split NAME}
 * (from the dataset's ImageSets) or {@code --sequences a,b,c}. Shared by {@code bench
 * pseudo-labels} (val by default) and {@code train fgplg} (train by default).
 */
final class DavisSequenceOptions {
  @Option(names = "--davis", required = true, paramLabel = "ROOT", description = "DAVIS root.")
  Path davis;

  @ArgGroup(exclusive = true)
  Selection selection = new Selection();

  static final class Selection {
    @Option(names = "--split", paramLabel = "NAME", description = "train or val.")
    String split;

    @Option(
        names = "--sequences",
        split = ",",
        paramLabel = "NAME",
        description = "Comma-separated sequences.")
    List<String> sequences;
  }

  /** The chosen sequences, or those of {@code defaultSplit} when neither option is given. */
  List<String> sequenceNames(String defaultSplit) throws IOException {
    if (selection.sequences != null) {
      return selection.sequences;
    }
    return DavisSplits.sequences(davis, selection.split != null ? selection.split : defaultSplit);
  }
}
