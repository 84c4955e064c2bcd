package org.inbetween.app.exchange.export;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.inbetween.app.exchange.dataset.DatasetJson;

/**
 * {@code inbetween-manifest.json}: the record, written with every export, of which masks a person
 * drew and which are reviewed or unreviewed pseudo-labels, with the options used. Its content is a
 * function of the projects and options alone (sorted keys and lists), except {@code exportedAt}, so
 * that an export of a re-imported dataset can be compared with the original.
 *
 * @param datasetFormat the format name, e.g. "davis"
 * @param options the selection options used
 * @param sequences the sequences in dataset order
 * @param exportedAt when the export ran
 */
public record ExportManifest(
    String datasetFormat,
    ExportOptions options,
    List<ManifestSequence> sequences,
    Instant exportedAt) {
  public static final String FILE_NAME = "inbetween-manifest.json";
  public static final int FORMAT_VERSION = 1;

  public ExportManifest {
    Objects.requireNonNull(datasetFormat, "datasetFormat");
    Objects.requireNonNull(options, "options");
    sequences = List.copyOf(sequences);
    Objects.requireNonNull(exportedAt, "exportedAt");
  }

  /** Frames per source over all sequences. */
  public Map<LabelSource, Integer> counts() {
    Map<LabelSource, Integer> counts = new EnumMap<>(LabelSource.class);
    sequences.forEach(s -> s.counts().forEach((k, v) -> counts.merge(k, v, Integer::sum)));
    return counts;
  }

  public Optional<ManifestSequence> sequence(String name) {
    return sequences.stream().filter(s -> s.name().equals(name)).findFirst();
  }

  public void write(Path datasetRoot) throws IOException {
    DatasetJson.write(datasetRoot.resolve(FILE_NAME), ManifestJson.toTree(this));
  }

  /** The manifest of a dataset, if it has one; a malformed one fails naming the file. */
  public static Optional<ExportManifest> read(Path datasetRoot) throws IOException {
    Path file = datasetRoot.resolve(FILE_NAME);
    if (!Files.isRegularFile(file)) {
      return Optional.empty();
    }
    try {
      return Optional.of(ManifestJson.fromTree(DatasetJson.read(file)));
    } catch (RuntimeException e) {
      throw new IOException(file + ": malformed manifest: " + e.getMessage(), e);
    }
  }
}
