package org.inbetween.app.exchange.export;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import org.inbetween.app.exchange.dataset.DatasetFormat;

/**
 * Which sequence of which dataset becomes which new project.
 *
 * @param format the dataset's layout
 * @param dataset the dataset root
 * @param sequence the sequence to import; may be left out when the dataset has only one
 * @param project the project folder to create; it must be missing or empty
 * @param author whose work the masks are when the dataset has no manifest saying so
 */
public record DatasetImportRequest(
    DatasetFormat format, Path dataset, Optional<String> sequence, Path project, String author) {
  public DatasetImportRequest {
    Objects.requireNonNull(format, "format");
    Objects.requireNonNull(dataset, "dataset");
    Objects.requireNonNull(sequence, "sequence");
    Objects.requireNonNull(project, "project");
    if (author == null || author.isBlank()) {
      throw new IllegalArgumentException("imported masks need an author");
    }
  }
}
