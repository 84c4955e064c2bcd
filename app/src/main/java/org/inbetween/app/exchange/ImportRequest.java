package org.inbetween.app.exchange;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import org.inbetween.app.project.ProjectNames;

/**
 * What to import and where to.
 *
 * @param frames a video file or an image folder
 * @param masks a folder of mask PNGs matched to the frames by file name, if any
 * @param project the project folder to create; it must be missing or empty
 * @param keyframeInterval l, the spacing of keyframe slots
 * @param sizePolicy what to do with masks of another size than the frames
 * @param author whose work the imported masks are, recorded with each of them
 * @param name the project's name, if not the default from the source ({@link ProjectNames})
 */
public record ImportRequest(
    Path frames,
    Optional<Path> masks,
    Path project,
    int keyframeInterval,
    MaskSizePolicy sizePolicy,
    String author,
    Optional<String> name) {
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
    Objects.requireNonNull(name, "name").ifPresent(ProjectNames::check);
  }

  /** A request for a project named after its source. */
  public ImportRequest(
      Path frames,
      Optional<Path> masks,
      Path project,
      int keyframeInterval,
      MaskSizePolicy sizePolicy,
      String author) {
    this(frames, masks, project, keyframeInterval, sizePolicy, author, Optional.empty());
  }
}
