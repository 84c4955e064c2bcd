package org.inbetween.app.exchange.export;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.inbetween.app.exchange.dataset.DatasetFormat;

/**
 * What to export, how and where.
 *
 * @param inputs the projects, one sequence each, in dataset order
 * @param format the dataset layout
 * @param out the dataset folder to create; it must be missing or empty
 * @param options selection, sub-sampling, resize
 */
public record ExportRequest(
    List<ExportInput> inputs, DatasetFormat format, Path out, ExportOptions options) {
  public ExportRequest {
    inputs = List.copyOf(inputs);
    if (inputs.isEmpty()) {
      throw new IllegalArgumentException("an export needs at least one project");
    }
    Objects.requireNonNull(format, "format");
    Objects.requireNonNull(out, "out");
    Objects.requireNonNull(options, "options");
  }
}
