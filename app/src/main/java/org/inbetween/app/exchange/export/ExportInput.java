package org.inbetween.app.exchange.export;

import java.nio.file.Path;
import java.util.Objects;

/**
 * One project of an export and the sequence it becomes.
 *
 * @param project the project folder
 * @param name the sequence name in the dataset (checked by {@link SequenceNames})
 * @param split "train", "val", or "" for none
 */
public record ExportInput(Path project, String name, String split) {
  public ExportInput {
    Objects.requireNonNull(project, "project");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(split, "split");
  }

  /** The project under its folder name, in the train split. */
  public static ExportInput of(Path project) {
    return new ExportInput(
        project, project.toAbsolutePath().normalize().getFileName().toString(), "train");
  }
}
