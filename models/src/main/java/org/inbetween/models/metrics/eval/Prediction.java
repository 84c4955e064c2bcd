package org.inbetween.models.metrics.eval;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.inbetween.models.image.LabelMask;
import org.inbetween.models.image.Masks;
import org.inbetween.models.image.SoftMask;
import org.inbetween.models.metrics.SaliencyInputs;

/**
 * One predicted frame, read once and seen two ways: as object labels for J and F, and as an 8-bit
 * saliency map for MAE, max-F and S.
 *
 * <p>An 8-bit grayscale PNG is a probability map (value / 255): object 1 where the value is at
 * least 128, saliency the value itself. Any other PNG (palette, or RGB with equal channels) is read
 * as labels by {@link Masks#fromPng}; its saliency map is 255 wherever any object is labelled.
 *
 * @param labels predicted object ids
 * @param gray8 saliency 0..255, row-major
 */
public record Prediction(LabelMask labels, int[] gray8) {
  private static final int PNG_COLOUR_TYPE_OFFSET = 25;
  private static final int PNG_GRAYSCALE = 0;

  /** Reads {@code file} and files it under {@code frame}. */
  public static Prediction read(Path file, int frame) throws IOException {
    if (isGrayscalePng(file)) {
      SoftMask soft = Masks.softFromPng(file, frame);
      LabelMask labels =
          Masks.fromBinary(frame, soft.width(), soft.height(), soft.threshold(0.5f), 1);
      return new Prediction(labels, SaliencyInputs.unsigned(soft.toGray8()));
    }
    LabelMask labels = Masks.fromPng(file, frame);
    return new Prediction(labels, SaliencyInputs.anyObjectGray8(labels));
  }

  /** Peeks at the PNG header (IHDR colour type) so that the file is decoded only once. */
  private static boolean isGrayscalePng(Path file) throws IOException {
    if (!Files.isRegularFile(file)) {
      return false;
    }
    try (InputStream in = Files.newInputStream(file)) {
      byte[] header = in.readNBytes(PNG_COLOUR_TYPE_OFFSET + 1);
      return header.length == PNG_COLOUR_TYPE_OFFSET + 1
          && header[1] == 'P'
          && header[2] == 'N'
          && header[3] == 'G'
          && header[PNG_COLOUR_TYPE_OFFSET] == PNG_GRAYSCALE;
    }
  }
}
