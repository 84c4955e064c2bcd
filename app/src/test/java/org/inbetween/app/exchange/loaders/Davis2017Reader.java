package org.inbetween.app.exchange.loaders;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a DAVIS folder by the rules of the DAVIS 2017 evaluation toolkit (davis2017-evaluation),
 * re-stated here from its documentation, not copied:
 *
 * <ul>
 *   <li>the sequences of a split are the lines of {@code ImageSets/2017/<split>.txt}, one name a
 *       line; the file and {@code Annotations/480p} must exist;
 *   <li>a sequence's frames are the sorted {@code JPEGImages/480p/<seq>/*.jpg} (none is an error),
 *       its masks the sorted {@code Annotations/480p/<seq>/*.png};
 *   <li>masks pair with frames by position in the two sorted lists; a frame past the last mask has
 *       no file to open, and the toolkit fails; results are named after the mask files.
 * </ul>
 *
 * Where the toolkit would fail, or pair a frame with another frame's mask, this reader throws,
 * naming the file.
 */
public final class Davis2017Reader {
  private static final String RESOLUTION = "480p";

  private Davis2017Reader() {}

  /** A sequence as the toolkit pairs it: the common name stem of each frame and its mask. */
  public record Sequence(String name, List<String> frames) {}

  public static List<Sequence> read(Path root, String split) throws IOException {
    Path list = root.resolve("ImageSets").resolve("2017").resolve(split + ".txt");
    if (!Files.isRegularFile(list)) {
      throw new NoSuchFileException(list.toString(), null, "the toolkit reads this split list");
    }
    Path annotations = root.resolve("Annotations").resolve(RESOLUTION);
    if (!Files.isDirectory(annotations)) {
      throw new NoSuchFileException(annotations.toString(), null, "no annotations folder");
    }
    List<Sequence> sequences = new ArrayList<>();
    for (String line : Files.readAllLines(list)) {
      String name = line.strip();
      if (!name.isEmpty()) {
        sequences.add(sequence(root, name));
      }
    }
    return sequences;
  }

  private static Sequence sequence(Path root, String name) throws IOException {
    Path images = root.resolve("JPEGImages").resolve(RESOLUTION).resolve(name);
    Path masks = root.resolve("Annotations").resolve(RESOLUTION).resolve(name);
    List<String> jpegs = LoaderFiles.sortedNames(images, ".jpg");
    List<String> pngs = LoaderFiles.sortedNames(masks, ".png");
    if (jpegs.isEmpty()) {
      throw new IOException(images + ": no frames");
    }
    List<String> stems = new ArrayList<>();
    for (int i = 0; i < jpegs.size(); i++) {
      if (i >= pngs.size()) {
        throw new IOException(
            images.resolve(jpegs.get(i)) + ": frame " + i + " has no mask to pair by position");
      }
      String stem = LoaderFiles.stem(jpegs.get(i));
      if (!stem.equals(LoaderFiles.stem(pngs.get(i)))) {
        throw new IOException(
            masks.resolve(pngs.get(i)) + ": paired by position with " + jpegs.get(i));
      }
      LoaderFiles.sameSize(images.resolve(jpegs.get(i)), masks.resolve(pngs.get(i)));
      stems.add(stem);
    }
    if (pngs.size() > jpegs.size()) {
      throw new IOException(masks.resolve(pngs.get(jpegs.size())) + ": a mask without a frame");
    }
    return new Sequence(name, stems);
  }
}
