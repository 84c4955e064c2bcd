package org.inbetween.models.saliency;

import java.io.IOException;
import java.nio.file.Path;

/** A model file that is missing, unreadable or not a network this engine can run. */
public class ModelFileException extends IOException {
  private final transient Path file;

  public ModelFileException(Path file, String problem) {
    super(file + ": " + problem);
    this.file = file;
  }

  public ModelFileException(Path file, String problem, Throwable cause) {
    super(file + ": " + problem, cause);
    this.file = file;
  }

  /** The file at fault. */
  public Path file() {
    return file;
  }
}
