package org.inbetween.app.exchange.davis;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.inbetween.app.exchange.dataset.DatasetSequence;
import org.inbetween.app.exchange.dataset.DatasetWriter;
import org.inbetween.app.exchange.dataset.SequenceFolders;
import org.inbetween.models.image.LabelMask;
import org.inbetween.models.image.RgbImage;

/**
 * Writes frames and masks sequence by sequence; the split lists at the end. A split list names only
 * frames that have an annotation, so every line points at two files that exist.
 */
final class DavisWriter implements DatasetWriter {
  private static final List<String> SPLITS = List.of("train", "val");

  private final Path root;
  private final boolean binaryMasks;
  private final Map<String, List<String>> linesBySplit = new TreeMap<>();
  private DatasetSequence sequence;
  private SequenceFolders folders;

  /**
   * @param binaryMasks write 0/255 gray masks (all objects merged) instead of palette PNGs
   */
  DavisWriter(Path root, boolean binaryMasks) {
    this.root = root;
    this.binaryMasks = binaryMasks;
    SPLITS.forEach(split -> linesBySplit.put(split, new ArrayList<>()));
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
    }
  }

  @Override
  public void close() throws IOException {
    for (Map.Entry<String, List<String>> split : linesBySplit.entrySet()) {
      Path file = DavisFormat.imageSet(root, split.getKey());
      Files.createDirectories(file.getParent());
      Files.write(file, split.getValue());
    }
  }
}
