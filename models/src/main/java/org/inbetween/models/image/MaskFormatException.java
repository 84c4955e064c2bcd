package org.inbetween.models.image;

import java.io.IOException;
import java.nio.file.Path;

/** A mask file that cannot be read as a mask; the message names the file and what is wrong. */
public class MaskFormatException extends IOException {
  private static final long serialVersionUID = 1L;

  public MaskFormatException(Path file, String problem) {
    super(file + ": " + problem);
  }
}
