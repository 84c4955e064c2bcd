package org.inbetween.models.metrics.eval;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * The per-sequence rows and the {@code ALL} row of an evaluation, with its CSV form.
 *
 * <p>CSV columns: {@code sequence,J,F,JF,MAE,maxF,S}, six decimals, one row per sequence in
 * evaluation order, then {@code ALL}. See {@link SequenceResult} for how {@code ALL} aggregates.
 */
public record EvaluationReport(List<SequenceResult> sequences, SequenceResult overall) {
  public static final String CSV_HEADER = "sequence,J,F,JF,MAE,maxF,S";

  public EvaluationReport {
    sequences = List.copyOf(sequences);
  }

  /** Every row, the sequences first and {@code ALL} last. */
  public List<SequenceResult> rows() {
    return Stream.concat(sequences.stream(), Stream.of(overall)).toList();
  }

  public String toCsv() {
    StringBuilder csv = new StringBuilder(CSV_HEADER).append('\n');
    for (SequenceResult row : rows()) {
      csv.append(row.name());
      for (double value : values(row)) {
        csv.append(',').append(String.format(Locale.ROOT, "%.6f", value));
      }
      csv.append('\n');
    }
    return csv.toString();
  }

  public void writeCsv(Path file) throws IOException {
    Files.writeString(file, toCsv());
  }

  /** J, F, J&amp;F, MAE, max-F and S of a row, in the CSV's column order. */
  public static double[] values(SequenceResult row) {
    return new double[] {
      row.j(),
      row.f(),
      row.jAndF(),
      row.saliency().mae(),
      row.saliency().maxF(),
      row.saliency().sMeasure()
    };
  }
}
