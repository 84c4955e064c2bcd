package org.inbetween.app.exchange.dataset;

import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.inbetween.models.image.LabelMask;

/** Reads a dataset back: its sequences, their frame images and their masks. */
public interface DatasetReader extends AutoCloseable {
  List<DatasetSequence> sequences() throws IOException;

  /** The frame indices of {@code sequence} that have an image, ascending. */
  List<Integer> frames(String sequence) throws IOException;

  /** The image file of a frame (formats keep images as files: JPEG or PNG). */
  java.nio.file.Path image(String sequence, int index) throws IOException;

  /** The mask of a frame, empty when the dataset has no label for it. */
  Optional<LabelMask> mask(String sequence, int index) throws IOException;

  @Override
  void close() throws IOException;
}
