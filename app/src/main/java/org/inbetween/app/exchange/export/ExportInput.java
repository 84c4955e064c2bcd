package org.inbetween.app.exchange.export;

import java.nio.file.Path;
import java.util.Objects;

/**
 * One project of an export and the sequence it becomes.
 *
 * @param project the project folder
 * @param name the sequence name in the dataset (checked by {@link SequenceNames}); null for the
 *     project's own name, made a safe folder name ({@link
 *     org.inbetween.app.project.ProjectNames#folderName})
 * @param split "train", "val", or "" for none
 */
public record ExportInput(Path project, String name, String split) {
  public ExportInput {
    Objects.requireNonNull(project, "project");
    Objects.requireNonNull(split, "split");
  }

  /** The project under its own name, in the train split. */
  public static ExportInput of(Path project) {
    return new ExportInput(project, null, "train");
  }

  /** This input under the sequence name {@code sequence}. */
  ExportInput named(String sequence) {
    return new ExportInput(project, sequence, split);
  }
}
