package org.inbetween.app.exchange.dataset;

import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.inbetween.models.image.LabelMask;

/** Reads a dataset back: its sequences, their frame images and their masks. */
public interface DatasetReader extends AutoCloseable {
  List<DatasetSequence> sequences() throws IOException;

  /**
   * The sequence called {@code name}, if the dataset has it. Readers whose {@link #sequences()}
   * must scan every mask (to find object ids) override this to scan only that sequence.
   */
  default Optional<DatasetSequence> sequence(String name) throws IOException {
    return sequences().stream().filter(s -> s.name().equals(name)).findFirst();
  }

  /** The names of the sequences, cheaper than {@link #sequences()} where a reader can list them. */
  default List<String> sequenceNames() throws IOException {
    return sequences().stream().map(DatasetSequence::name).toList();
  }

  /** The frame indices of {@code sequence} that have an image, ascending. */
  List<Integer> frames(String sequence) throws IOException;

  /** The image file of a frame (formats keep images as files: JPEG or PNG). */
  java.nio.file.Path image(String sequence, int index) throws IOException;

  /** The mask of a frame, empty when the dataset has no label for it. */
  Optional<LabelMask> mask(String sequence, int index) throws IOException;

  /**
   * The file that holds a frame's mask, where the format keeps one per frame (DAVIS and YouTube-VOS
   * PNGs) and the frame has one; empty otherwise (COCO keeps RLE in its JSON). For code that reads
   * masks itself; {@link #mask} works for every format.
   */
  default Optional<java.nio.file.Path> maskFile(String sequence, int index) throws IOException {
    return Optional.empty();
  }

  @Override
  void close() throws IOException;
}
