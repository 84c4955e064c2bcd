package org.inbetween.app.labeling.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The sequences of a DAVIS split, read from {@code ImageSets/480p/<split>.txt} under the dataset
 * root (lines such as {@code /JPEGImages/480p/bus/00000.jpg /Annotations/480p/bus/00000.png}).
 */
public final class DavisSplits {
  private DavisSplits() {}

  /** The split's sequence names, in the order the file lists them. */
  public static List<String> sequences(Path root, String split) throws IOException {
    Path file = root.resolve("ImageSets/480p").resolve(split + ".txt");
    if (!Files.isRegularFile(file)) {
      throw new IOException(file + ": no such split file (expected train or val)");
    }
    Set<String> names = new LinkedHashSet<>();
    for (String line : Files.readAllLines(file)) {
      if (line.isBlank()) {
        continue;
      }
      String[] parts = line.trim().split("/");
      if (parts.length < 5 || !parts[1].equals("JPEGImages")) {
        throw new IOException(file + ": unexpected line \"" + line + "\"");
      }
      names.add(parts[3]);
    }
    return List.copyOf(names);
  }
}
