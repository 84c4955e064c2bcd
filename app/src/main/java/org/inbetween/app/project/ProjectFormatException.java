package org.inbetween.app.project;

import java.io.IOException;
import java.nio.file.Path;

/** A project file that cannot be read; the message names the file and what is wrong with it. */
public class ProjectFormatException extends IOException {
  private static final long serialVersionUID = 1L;

  public ProjectFormatException(Path file, String problem) {
    super(file + ": " + problem);
  }

  public ProjectFormatException(Path file, String problem, Throwable cause) {
    super(file + ": " + problem, cause);
  }
}
