package org.inbetween.app.exchange.export;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.inbetween.app.project.Provenance;

/**
 * The manifest's record of one frame: where its label came from and who or what made it. Every
 * object of the frame shares the source, since a project reviews whole frames.
 *
 * @param frame the frame index
 * @param source the label source
 * @param reason why an EXCLUDED label was left out ("rejected", "not selected", "sub-sampled");
 *     empty otherwise
 * @param objects the ids with pixels in the exported mask, ascending
 * @param absent the ids a person marked as not visible, ascending
 * @param author who wrote the human mask; null if none
 * @param time when; null if no human mask
 * @param reviewer who made the last review decision; null if none
 * @param reviewTime when; null if none
 * @param generator the pseudo-label's provenance (method, model, version); null for drawn masks
 */
public record ManifestFrame(
    int frame,
    LabelSource source,
    String reason,
    List<Integer> objects,
    List<Integer> absent,
    String author,
    Instant time,
    String reviewer,
    Instant reviewTime,
    Provenance generator) {
  public ManifestFrame {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(reason, "reason");
    objects = List.copyOf(objects);
    absent = List.copyOf(absent);
  }

  public Optional<Provenance> generatorIfAny() {
    return Optional.ofNullable(generator);
  }

  /** This record with the attribution (people, times, generator) of {@code other}. */
  ManifestFrame withAttributionOf(ManifestFrame other) {
    return new ManifestFrame(
        frame,
        source,
        reason,
        objects,
        absent,
        other.author,
        other.time,
        other.reviewer,
        other.reviewTime,
        other.generator);
  }
}
