package org.inbetween.app.training.dataset;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import org.inbetween.app.exchange.export.LabelSource;

/**
 * One frame of an exported sequence as training sees it.
 *
 * @param index the frame index in the sequence (0, 1, 2, ... without gaps)
 * @param image the frame's image file
 * @param maskFile the file of its mask where the format keeps one per frame (DAVIS, YouTube-VOS)
 *     and the frame has a target; null otherwise (COCO keeps masks as RLE: read them with {@link
 *     ExportTrainingSet#mask})
 * @param source the manifest's label source; null when the manifest has no record of the frame
 * @param role what the rules make of the source
 * @param weight the loss weight of its target; 0 when it has none
 */
public record TrainingFrame(
    int index, Path image, Path maskFile, LabelSource source, FrameRole role, float weight) {
  public TrainingFrame {
    Objects.requireNonNull(image, "image");
    Objects.requireNonNull(role, "role");
    if (role.hasTarget() != (weight > 0)) {
      throw new IllegalArgumentException(
          "frame " + index + ": a " + role + " frame cannot have weight " + weight);
    }
  }

  /** True when its mask may be a target (or an FGPLG keyframe). */
  public boolean hasTarget() {
    return role.hasTarget();
  }

  public Optional<LabelSource> sourceIfAny() {
    return Optional.ofNullable(source);
  }
}
