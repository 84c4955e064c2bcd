package org.inbetween.app.effort;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The effort benchmark's table: one row per sequence, strategy and method, then per strategy and
 * method an {@code ALL} row with the mean of the per-sequence values ({@code min_J}: the minimum).
 */
public final class EffortTable {
  public static final String CSV_HEADER =
      "sequence,strategy,method,drawn_fraction,min_J,mean_J,runs,cpu_s";

  private final List<EffortResult> rows;

  public EffortTable(List<EffortResult> rows) {
    this.rows = List.copyOf(rows);
  }

  /** The per-sequence rows followed by the {@code ALL} rows, in the order first met. */
  public List<String[]> cells() {
    List<String[]> cells = new ArrayList<>();
    for (EffortResult r : rows) {
      cells.add(
          row(
              r.sequence(),
              r.strategy(),
              r.method(),
              r.drawnFraction(),
              r.minJ(),
              r.meanJ(),
              r.runs(),
              r.cpuSeconds()));
    }
    Map<String, List<EffortResult>> groups = new LinkedHashMap<>();
    for (EffortResult r : rows) {
      groups.computeIfAbsent(r.strategy() + "\t" + r.method(), key -> new ArrayList<>()).add(r);
    }
    for (List<EffortResult> group : groups.values()) {
      EffortResult first = group.get(0);
      cells.add(
          row(
              "ALL",
              first.strategy(),
              first.method(),
              group.stream().mapToDouble(EffortResult::drawnFraction).average().orElse(0),
              group.stream().mapToDouble(EffortResult::minJ).min().orElse(0),
              group.stream().mapToDouble(EffortResult::meanJ).average().orElse(0),
              group.stream().mapToDouble(EffortResult::runs).average().orElse(0),
              group.stream().mapToDouble(EffortResult::cpuSeconds).average().orElse(0)));
    }
    return cells;
  }

  public String toCsv() {
    StringBuilder csv = new StringBuilder(CSV_HEADER).append('\n');
    for (String[] row : cells()) {
      csv.append(String.join(",", row)).append('\n');
    }
    return csv.toString();
  }

  public void writeCsv(Path file) throws IOException {
    Files.writeString(file, toCsv(), StandardCharsets.UTF_8);
  }

  /** Aligned columns for the terminal and docs/benchmarks.md. */
  public String toText() {
    StringBuilder text = new StringBuilder();
    String format = "%-16s %-11s %-9s %14s %6s %7s %6s %8s%n";
    text.append(String.format(Locale.ROOT, format, (Object[]) CSV_HEADER.split(",")));
    for (String[] row : cells()) {
      text.append(String.format(Locale.ROOT, format, (Object[]) row));
    }
    return text.toString();
  }

  private static String[] row(
      String sequence,
      String strategy,
      String method,
      double drawnFraction,
      double minJ,
      double meanJ,
      double runs,
      double cpuSeconds) {
    return new String[] {
      sequence,
      strategy,
      method,
      String.format(Locale.ROOT, "%.4f", drawnFraction),
      String.format(Locale.ROOT, "%.4f", minJ),
      String.format(Locale.ROOT, "%.4f", meanJ),
      runs == Math.rint(runs)
          ? Long.toString((long) runs)
          : String.format(Locale.ROOT, "%.1f", runs),
      String.format(Locale.ROOT, "%.1f", cpuSeconds)
    };
  }
}
