package org.inbetween.app.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.inbetween.models.testdata.SharedData;

/** Runs {@code bench pseudo-labels} in tests and reads its csv. */
final class PseudoLabelBench {
  private PseudoLabelBench() {}

  /** {@code bench pseudo-labels} on the shared DAVIS sequences, the table also written to csv. */
  static CliRun run(
      String sequences, String intervals, String methods, Path csv, String... options) {
    List<String> args =
        new ArrayList<>(
            List.of(
                "bench",
                "pseudo-labels",
                "--davis",
                SharedData.davis().toString(),
                "--sequences",
                sequences,
                "--interval",
                intervals,
                "--method",
                methods,
                "--csv",
                csv.toString()));
    args.addAll(List.of(options));
    return CliRun.of(args.toArray(String[]::new));
  }

  /** The J&F of the csv row starting with {@code prefix}. */
  static double jf(List<String> rows, String prefix) {
    String row = rows.stream().filter(r -> r.startsWith(prefix)).findFirst().orElseThrow();
    return Double.parseDouble(row.split(",")[5]);
  }
}
