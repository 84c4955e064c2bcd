package org.inbetween.app.exchange.export;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.inbetween.app.exchange.dataset.DatasetReader;

/**
 * What must hold of a dataset sequence and its manifest record before anything is built from them:
 * frames numbered without gaps, every image present, and a record that fits the sequence. Shared by
 * the import (a project) and by training on exports, so both refuse the same bad input with the
 * same messages, naming the file.
 */
public final class SequenceChecks {
  private SequenceChecks() {}

  /** The frames must be 0, 1, 2, ...: a manifest's frame numbers mean positions. */
  public static void contiguous(List<Integer> frames, Path folder) throws IOException {
    for (int i = 0; i < frames.size(); i++) {
      if (frames.get(i) != i) {
        throw new IOException(
            folder
                + ": frames must be numbered 0, 1, 2, ... without gaps; frame "
                + i
                + " is missing (an export made with --frames labelled keeps only the labelled"
                + " frames: export with --frames all to import it or train on it)");
      }
    }
  }

  /**
   * Every frame the dataset lists must have its image file; otherwise the frame source would count
   * fewer frames and the first mask past them would fail without naming the missing file.
   */
  public static void imagesExist(DatasetReader reader, String sequence, List<Integer> frames)
      throws IOException {
    for (int frame : frames) {
      Path image = reader.image(sequence, frame);
      if (!Files.isRegularFile(image)) {
        throw new NoSuchFileException(
            image + ": the image of frame " + frame + " is missing from the dataset");
      }
    }
  }

  /**
   * A manifest record that parses may still not fit the sequence; using it anyway would file a
   * label under the wrong frame or state, so it is refused instead.
   *
   * @param manifestFile the manifest, named in the message
   */
  public static void recordFits(Path manifestFile, ManifestSequence record, int frameCount)
      throws IOException {
    String where = manifestFile + ": sequence \"" + record.name() + "\": ";
    if (!(record.fps() > 0) || Double.isInfinite(record.fps())) {
      throw new IOException(where + "fps must be a positive number, was " + record.fps());
    }
    if (record.keyframeInterval() < 1 || record.keyframeInterval() > frameCount) {
      throw new IOException(
          where
              + "keyframeInterval must be 1.."
              + frameCount
              + ", was "
              + record.keyframeInterval());
    }
    Set<Integer> seen = new HashSet<>();
    for (ManifestFrame frame : record.frames()) {
      if (frame.frame() < 0 || frame.frame() >= frameCount) {
        throw new IOException(
            where + "frame " + frame.frame() + " is outside 0.." + (frameCount - 1));
      }
      if (!seen.add(frame.frame())) {
        throw new IOException(where + "frame " + frame.frame() + " has two records");
      }
    }
  }
}
