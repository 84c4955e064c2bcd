package org.inbetween.app.exchange.dataset;

import java.io.IOException;
import java.nio.file.Path;
import org.inbetween.models.image.LabelMask;
import org.inbetween.models.image.RgbImage;

/**
 * Writes one dataset: sequences one after another, each frame with its mask if it has one.
 *
 * <p>Calls come in order: {@link #beginSequence}, then {@link #frame} for ascending frame indices,
 * then the next sequence; {@link #close} writes what only the whole dataset knows (split lists,
 * meta.json, the COCO JSON). A writer writes only under its root; the exporter makes that root a
 * staging folder, so a failed or cancelled export leaves nothing at the target.
 */
public interface DatasetWriter extends AutoCloseable {
  void beginSequence(DatasetSequence sequence) throws IOException;

  /**
   * @param index the frame index within the sequence (0-based, as in the project)
   * @param image the frame's pixels at the export size
   * @param mask its labels at the export size, or null for a frame exported without a label
   */
  void frame(int index, RgbImage image, LabelMask mask) throws IOException;

  /**
   * Writes a frame whose image already exists as a JPEG file at the export size. Formats that store
   * JPEG frames override this to copy the file's bytes: no second lossy encoding, and much faster.
   * The default decodes the file and calls {@link #frame(int, RgbImage, LabelMask)}.
   *
   * @param jpeg the original frame file
   */
  default void frame(int index, Path jpeg, LabelMask mask) throws IOException {
    frame(index, DatasetImages.read(jpeg), mask);
  }

  @Override
  void close() throws IOException;
}
