package org.inbetween.models.backbone;

import java.io.IOException;

/**
 * A TensorFlow.js model file that cannot be used: malformed JSON, a shard of the wrong length, a
 * layer or weight the network needs and the file lacks. The message names the file and the problem.
 */
public class TfjsFormatException extends IOException {
  private static final long serialVersionUID = 1L;

  public TfjsFormatException(String file, String problem) {
    super(file + ": " + problem);
  }
}
