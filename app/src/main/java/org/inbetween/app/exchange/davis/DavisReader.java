package org.inbetween.app.exchange.davis;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.inbetween.app.exchange.dataset.DatasetImages;
import org.inbetween.app.exchange.dataset.DatasetObject;
import org.inbetween.app.exchange.dataset.DatasetReader;
import org.inbetween.app.exchange.dataset.DatasetSequence;
import org.inbetween.app.exchange.dataset.MaskObjects;
import org.inbetween.models.image.LabelMask;
import org.inbetween.models.image.RgbImage;

/**
 * Reads a DAVIS-layout folder. DAVIS has no object names, so objects are "object N" for the ids
 * found in the masks (palette, or 0/255 gray for DAVIS 2016), and no frame rate, so 25 fps.
 */
final class DavisReader implements DatasetReader {
  private static final double DAVIS_FPS = 25;

  private final Path root;

  DavisReader(Path root) throws IOException {
    this.root = root;
    if (!Files.isDirectory(root.resolve("JPEGImages").resolve(DavisFormat.RESOLUTION))) {
      throw new IOException(root + ": not a DAVIS dataset (no JPEGImages/480p folder)");
    }
  }

  @Override
  public List<DatasetSequence> sequences() throws IOException {
    List<DatasetSequence> sequences = new ArrayList<>();
    for (String name : sequenceNames()) {
      sequences.add(read(name));
    }
    return sequences;
  }

  @Override
  public List<String> sequenceNames() throws IOException {
    try (Stream<Path> folders =
        Files.list(root.resolve("JPEGImages").resolve(DavisFormat.RESOLUTION))) {
      return folders
          .filter(Files::isDirectory)
          .map(f -> f.getFileName().toString())
          .sorted()
          .toList();
    }
  }

  @Override
  public Optional<DatasetSequence> sequence(String name) throws IOException {
    return sequenceNames().contains(name) ? Optional.of(read(name)) : Optional.empty();
  }

  private DatasetSequence read(String name) throws IOException {
    List<Integer> frames = frames(name);
    RgbImage first = DatasetImages.read(image(name, frames.get(0)));
    List<DatasetObject> objects = MaskObjects.unnamed(this, name);
    return new DatasetSequence(
        name, first.width(), first.height(), DAVIS_FPS, objects, split(name));
  }

  /** The split whose DAVIS 2017 list names the sequence, else whose 2016 list has its frames. */
  private String split(String sequence) throws IOException {
    String prefix = "/JPEGImages/" + DavisFormat.RESOLUTION + "/" + sequence + "/";
    for (String split : List.of("train", "val")) {
      if (lists(DavisFormat.sequenceSet(root, split), line -> line.strip().equals(sequence))
          || lists(DavisFormat.imageSet(root, split), line -> line.startsWith(prefix))) {
        return split;
      }
    }
    return "";
  }

  private static boolean lists(Path list, Predicate<String> line) throws IOException {
    return Files.isRegularFile(list) && Files.readAllLines(list).stream().anyMatch(line);
  }

  @Override
  public List<Integer> frames(String sequence) throws IOException {
    return DavisFormat.folders(root, sequence).frames();
  }

  @Override
  public Path image(String sequence, int index) {
    return DavisFormat.folders(root, sequence).image(index);
  }

  @Override
  public Optional<LabelMask> mask(String sequence, int index) throws IOException {
    return DavisFormat.folders(root, sequence).mask(index);
  }

  @Override
  public Optional<Path> maskFile(String sequence, int index) {
    Path file = DavisFormat.folders(root, sequence).maskFile(index);
    return Files.isRegularFile(file) ? Optional.of(file) : Optional.empty();
  }

  @Override
  public void close() {
    // Nothing is held open between reads.
  }
}
