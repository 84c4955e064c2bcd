package org.inbetween.app.exchange.export;

import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.inbetween.app.project.FrameRecord;
import org.inbetween.app.project.HumanLabel;
import org.inbetween.app.project.HumanOrigin;
import org.inbetween.app.project.MachineLayer;
import org.inbetween.app.project.Provenance;
import org.inbetween.app.project.Review;
import org.inbetween.app.project.store.ProjectStore;
import org.inbetween.models.image.LabelMask;

/** Builds a frame's manifest record from what the project knows about that frame. */
final class FrameAttribution {
  private FrameAttribution() {}

  /**
   * @param mask the exported mask (null for EXCLUDED)
   * @param reason why an EXCLUDED label was left out, else ""
   */
  static ManifestFrame of(
      ProjectStore store, FrameRecord record, LabelSource source, String reason, LabelMask mask) {
    Optional<HumanLabel> human = record.humanLabel();
    Optional<Review> review = record.lastReview();
    return new ManifestFrame(
        record.frame(),
        source,
        reason,
        mask == null ? List.of() : java.util.Arrays.stream(mask.objectIds()).boxed().toList(),
        record.absent().keySet().stream().sorted().toList(),
        human.map(HumanLabel::author).orElse(null),
        human.map(HumanLabel::time).orElse(null),
        review.map(Review::reviewer).orElse(null),
        review.map(Review::time).orElse(null),
        generator(store, record).orElse(null));
  }

  /** The accepted provenance, else the frame's pseudo-label's, else none (a drawn mask). */
  private static Optional<Provenance> generator(ProjectStore store, FrameRecord record) {
    Optional<Provenance> accepted =
        record
            .humanLabel()
            .filter(h -> h.origin() == HumanOrigin.ACCEPTED)
            .flatMap(HumanLabel::machineOrigin);
    return accepted.isPresent()
        ? accepted
        : store.machineProvenance(MachineLayer.pseudo(), record.frame());
  }

  /** The mask a source exports: the human layer, or the pseudo layer for unreviewed labels. */
  static Optional<LabelMask> mask(ProjectStore store, FrameRecord record, LabelSource source)
      throws IOException {
    if (source == LabelSource.PSEUDO_UNREVIEWED) {
      return store.machineMask(MachineLayer.pseudo(), record.frame());
    }
    return store.humanMask(record.frame());
  }
}
