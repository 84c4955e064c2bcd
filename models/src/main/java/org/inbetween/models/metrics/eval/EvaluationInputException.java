package org.inbetween.models.metrics.eval;

import java.io.IOException;
import java.nio.file.Path;

/**
 * A prediction or ground-truth folder that cannot be evaluated as given: a missing file or folder,
 * a size mismatch, an unreadable mask. The message names the file and what is wrong.
 */
public class EvaluationInputException extends IOException {
  private static final long serialVersionUID = 1L;

  public EvaluationInputException(Path file, String problem) {
    super(file + ": " + problem);
  }
}
