package org.inbetween.app.cli;

import java.util.Locale;
import org.inbetween.models.metrics.eval.EvaluationReport;
import org.inbetween.models.metrics.eval.SequenceResult;

/** The evaluation scores as an aligned text table for the terminal, {@code ALL} last. */
final class ResultTable {
  private static final String[] COLUMNS = {"J", "F", "J&F", "MAE", "maxF", "S"};

  private ResultTable() {}

  static String format(EvaluationReport report) {
    int nameWidth = "sequence".length();
    for (SequenceResult row : report.rows()) {
      nameWidth = Math.max(nameWidth, row.name().length());
    }
    StringBuilder table = new StringBuilder();
    table.append(String.format(Locale.ROOT, "%-" + nameWidth + "s %6s", "sequence", "frames"));
    for (String column : COLUMNS) {
      table.append(String.format(Locale.ROOT, " %7s", column));
    }
    table.append('\n');
    String rule = "-".repeat(table.length() - 1) + "\n";
    table.append(rule);
    for (SequenceResult row : report.sequences()) {
      appendRow(table, row, nameWidth);
    }
    table.append(rule);
    appendRow(table, report.overall(), nameWidth);
    return table.toString();
  }

  private static void appendRow(StringBuilder table, SequenceResult row, int nameWidth) {
    table.append(String.format(Locale.ROOT, "%-" + nameWidth + "s %6d", row.name(), row.frames()));
    for (double value : EvaluationReport.values(row)) {
      table.append(String.format(Locale.ROOT, " %7.4f", value));
    }
    table.append('\n');
  }
}
