package org.inbetween.app.exchange;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * What to import and where to.
 *
 * @param frames a video file or an image folder
 * @param masks a folder of mask PNGs matched to the frames by file name, if any
 * @param project the project folder to create; it must be missing or empty
 * @param keyframeInterval l, the spacing of keyframe slots
 * @param sizePolicy what to do with masks of another size than the frames
 * @param author whose work the imported masks are, recorded with each of them
 */
public record ImportRequest(
    Path frames,
    Optional<Path> masks,
    Path project,
    int keyframeInterval,
    MaskSizePolicy sizePolicy,
    String author) {
  public ImportRequest {
    Objects.requireNonNull(frames, "frames");
    Objects.requireNonNull(masks, "masks");
    Objects.requireNonNull(project, "project");
    Objects.requireNonNull(sizePolicy, "sizePolicy");
    if (keyframeInterval < 1) {
      throw new IllegalArgumentException(
          "keyframe interval must be at least 1, was " + keyframeInterval);
    }
    if (author == null || author.isBlank()) {
      throw new IllegalArgumentException("imported masks need an author");
    }
  }
}
