package org.inbetween.app.editing.navigation;

import java.io.IOException;
import org.inbetween.app.project.Project;

/**
 * Where the annotator's "mark/unmark as keyframe" goes. The project store keeps only l today, so
 * the timeline and the navigator ask this port for the slots instead of reading the store: once the
 * store keeps the marks, a store-backed implementation replaces {@link SessionKeyframeMarks} and
 * nothing else changes.
 */
public interface KeyframeMarks {
  /** The keyframe slots of {@code project} (its current l) with the marks applied. */
  KeyframeSlots slots(Project project);

  /**
   * Makes {@code frame} a keyframe slot of {@code project}, or takes it out of the slots. Marking a
   * grid slot or unmarking a frame off the grid only withdraws an earlier mark.
   */
  void mark(Project project, int frame, boolean keyframe) throws IOException;
}
