package org.inbetween.app.exchange;

import java.nio.file.Path;
import java.util.List;

/**
 * What an import produced.
 *
 * @param project the new project folder
 * @param frameCount frames in the source
 * @param maskCount human masks imported
 * @param objectIds the object ids found in the masks, ascending (palette ids are kept)
 * @param warnings what the user should know about the source (a truncated video...), one sentence
 *     each; the import went ahead
 */
public record ImportSummary(
    Path project, int frameCount, int maskCount, List<Integer> objectIds, List<String> warnings) {
  public ImportSummary {
    objectIds = List.copyOf(objectIds);
    warnings = List.copyOf(warnings);
  }

  /** A summary with nothing to warn about. */
  public ImportSummary(Path project, int frameCount, int maskCount, List<Integer> objectIds) {
    this(project, frameCount, maskCount, objectIds, List.of());
  }

  /** The one-line report both import commands print. */
  @Override
  public String toString() {
    return String.format(
        "Imported %d frames and %d masks (objects %s) into %s",
        frameCount, maskCount, objectIds, project);
  }
}
