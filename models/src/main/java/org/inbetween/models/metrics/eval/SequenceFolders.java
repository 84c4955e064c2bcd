package org.inbetween.models.metrics.eval;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Finds the per-sequence mask folders under a dataset root, in either layout people keep results
 * in: a DAVIS root ({@code Annotations/480p/<sequence>/*.png}, or {@code Annotations/<sequence>} as
 * YouTube-VOS has it) or a flat folder of {@code <sequence>/*.png} subfolders.
 */
public final class SequenceFolders {
  private SequenceFolders() {}

  /** The folder whose subfolders are the sequences. */
  public static Path sequencesRoot(Path root) throws EvaluationInputException {
    if (!Files.isDirectory(root)) {
      throw new EvaluationInputException(root, "no such folder");
    }
    Path annotations = root.resolve("Annotations");
    if (Files.isDirectory(annotations.resolve("480p"))) {
      return annotations.resolve("480p");
    }
    return Files.isDirectory(annotations) ? annotations : root;
  }

  /** Sequence name → folder, sorted by name; refuses a root without any sequence folder. */
  public static SortedMap<String, Path> sequences(Path root) throws IOException {
    Path sequencesRoot = sequencesRoot(root);
    SortedMap<String, Path> out = new TreeMap<>();
    try (Stream<Path> children = Files.list(sequencesRoot)) {
      children
          .filter(Files::isDirectory)
          .forEach(dir -> out.put(dir.getFileName().toString(), dir));
    }
    if (out.isEmpty()) {
      throw new EvaluationInputException(
          sequencesRoot, "no sequence folders (expected <sequence>/*.png or Annotations/480p/...)");
    }
    return out;
  }

  /** The PNG file names in a sequence folder, sorted. */
  public static List<String> frameNames(Path sequence) throws IOException {
    try (Stream<Path> files = Files.list(sequence)) {
      return files
          .map(file -> file.getFileName().toString())
          .filter(name -> name.toLowerCase(Locale.ROOT).endsWith(".png"))
          .sorted()
          .toList();
    }
  }
}
