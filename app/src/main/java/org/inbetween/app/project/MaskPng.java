package org.inbetween.app.project;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.inbetween.models.image.LabelMask;
import org.inbetween.models.image.MaskFormatException;
import org.inbetween.models.image.Masks;

/**
 * Reads a label mask PNG that becomes (or is) human work, refusing what {@link Masks#fromPng} would
 * read into something other than what the file shows: a 16-bit PNG (its object ids or 0..65535 gray
 * levels would shrink to an empty mask).
 */
public final class MaskPng {
  private static final byte[] SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

  private MaskPng() {}

  /** The mask in {@code file}, filed under {@code frame}. */
  public static LabelMask read(Path file, int frame) throws IOException {
    int bitDepth = bitDepth(file);
    if (bitDepth == 16) {
      throw new MaskFormatException(
          file,
          "a 16-bit PNG is not read as a mask (its values would not survive as object ids);"
              + " save it as an 8-bit palette PNG (index = object id) or 8-bit grayscale");
    }
    return Masks.fromPng(file, frame);
  }

  /** The bit depth in the PNG's header, or 0 when the file is not a PNG (left to the reader). */
  private static int bitDepth(Path file) throws IOException {
    if (!Files.isRegularFile(file)) {
      return 0;
    }
    byte[] head;
    try (InputStream in = Files.newInputStream(file)) {
      head = in.readNBytes(26);
    }
    if (head.length < 26) {
      return 0;
    }
    for (int i = 0; i < SIGNATURE.length; i++) {
      if (head[i] != SIGNATURE[i]) {
        return 0;
      }
    }
    return head[24] & 0xff;
  }
}
