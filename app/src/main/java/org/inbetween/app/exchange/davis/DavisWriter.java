package org.inbetween.app.exchange.davis;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.inbetween.app.exchange.dataset.DatasetSequence;
import org.inbetween.app.exchange.dataset.DatasetWriter;
import org.inbetween.app.exchange.dataset.SequenceFolders;
import org.inbetween.models.image.LabelMask;
import org.inbetween.models.image.RgbImage;

/**
 * Writes frames and masks sequence by sequence; the split lists at the end. A split list names only
 * what has an annotation, so every entry can be read: the 2016 lists only labelled frames, the 2017
 * lists only sequences with at least one annotation (the 2017 toolkit opens a sequence's first
 * annotation and fails on a sequence without one).
 */
final class DavisWriter implements DatasetWriter {
  private static final List<String> SPLITS = List.of("train", "val");

  private final Path root;
  private final boolean binaryMasks;
  private final Map<String, List<String>> linesBySplit = new TreeMap<>();
  private final Map<String, Set<String>> sequencesBySplit = new TreeMap<>();
  private DatasetSequence sequence;
  private SequenceFolders folders;

  /**
   * @param binaryMasks write 0/255 gray masks (all objects merged) instead of palette PNGs
   */
  DavisWriter(Path root, boolean binaryMasks) {
    this.root = root;
    this.binaryMasks = binaryMasks;
    SPLITS.forEach(split -> linesBySplit.put(split, new ArrayList<>()));
    SPLITS.forEach(split -> sequencesBySplit.put(split, new LinkedHashSet<>()));
  }

  @Override
  public void beginSequence(DatasetSequence sequence) throws IOException {
    if (!sequence.split().isEmpty() && !SPLITS.contains(sequence.split())) {
      throw new IllegalArgumentException(
          "DAVIS splits are train and val, not \"" + sequence.split() + "\"");
    }
    this.sequence = sequence;
    folders = DavisFormat.folders(root, sequence.name());
    folders.create();
  }

  @Override
  public void frame(int index, RgbImage image, LabelMask mask) throws IOException {
    folders.writeImage(index, image);
    writeMask(index, mask);
  }

  @Override
  public void frame(int index, Path jpeg, LabelMask mask) throws IOException {
    folders.copyImage(index, jpeg);
    writeMask(index, mask);
  }

  private void writeMask(int index, LabelMask mask) throws IOException {
    if (mask == null) {
      return;
    }
    if (binaryMasks) {
      folders.writeBinaryMask(mask);
    } else {
      folders.writeMask(mask);
    }
    if (!sequence.split().isEmpty()) {
      linesBySplit.get(sequence.split()).add(DavisFormat.imageSetLine(sequence.name(), index));
      sequencesBySplit.get(sequence.split()).add(sequence.name());
    }
  }

  @Override
  public void close() throws IOException {
    for (String split : SPLITS) {
      write(DavisFormat.imageSet(root, split), linesBySplit.get(split));
      write(DavisFormat.sequenceSet(root, split), sequencesBySplit.get(split));
    }
  }

  private static void write(Path file, Iterable<String> lines) throws IOException {
    Files.createDirectories(file.getParent());
    Files.write(file, lines);
  }
}
