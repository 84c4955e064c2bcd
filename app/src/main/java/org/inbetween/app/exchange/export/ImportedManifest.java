package org.inbetween.app.exchange.export;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.inbetween.app.exchange.dataset.DatasetJson;
import org.inbetween.app.project.FrameRecord;

/**
 * The manifest record of a sequence a project was imported from, kept in the project folder as
 * {@code inbetween-imported.json}. A project store cannot back-date an edit, so without this file
 * an import would stamp every mask with the import's time and author; with it, a later export
 * reports the original attribution for every frame nobody has touched since the import, and the
 * original EXCLUDED records, whose labels the dataset did not carry.
 *
 * @param importedAt when the import finished; a frame edited after it reports its own attribution
 * @param sequence the dataset manifest's record of the sequence
 */
public record ImportedManifest(Instant importedAt, ManifestSequence sequence) {
  public static final String FILE_NAME = "inbetween-imported.json";

  public void write(Path projectDir) throws IOException {
    Map<String, Object> tree = new TreeMap<>();
    tree.put("importedAt", importedAt.toString());
    tree.put("sequence", ManifestJson.sequence(sequence));
    DatasetJson.write(projectDir.resolve(FILE_NAME), tree);
  }

  public static Optional<ImportedManifest> read(Path projectDir) throws IOException {
    Path file = projectDir.resolve(FILE_NAME);
    if (!Files.isRegularFile(file)) {
      return Optional.empty();
    }
    try {
      var tree = DatasetJson.read(file);
      return Optional.of(
          new ImportedManifest(
              Instant.parse(tree.get("importedAt").asText()),
              ManifestJson.sequenceFrom(tree.get("sequence"))));
    } catch (RuntimeException e) {
      throw new IOException(file + ": malformed import record: " + e.getMessage(), e);
    }
  }

  /** The imported record of {@code frame}, if any. */
  Optional<ManifestFrame> frame(int frame) {
    return sequence.frames().stream().filter(f -> f.frame() == frame).findFirst();
  }

  /** True if nobody wrote, reviewed or marked anything on the frame after the import. */
  boolean untouchedSince(FrameRecord record) {
    Stream<Instant> times =
        Stream.concat(
            Stream.concat(
                record.humanLabel().stream().map(h -> h.time()),
                record.reviews().stream().map(r -> r.time())),
            record.absent().values().stream().map(a -> a.time()));
    return times.allMatch(t -> !t.isAfter(importedAt));
  }
}
