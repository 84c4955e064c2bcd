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
 */
public record ImportSummary(Path project, int frameCount, int maskCount, List<Integer> objectIds) {
  public ImportSummary {
    objectIds = List.copyOf(objectIds);
  }

  /** The one-line report both import commands print. */
  @Override
  public String toString() {
    return String.format(
        "Imported %d frames and %d masks (objects %s) into %s",
        frameCount, maskCount, objectIds, project);
  }
}
