package org.inbetween.app.editing.navigation;

import java.io.IOException;
import org.inbetween.app.project.Project;

/**
 * Where the annotator's "mark/unmark as keyframe" goes. The timeline and the navigator ask this
 * port for the slots and send marks through it instead of calling the store, so that they are
 * tested with any implementation; the editor's is the store-backed one, which journals every mark.
 */
public interface KeyframeMarks {
  /** The keyframe slots of {@code project} (its current l) with the marks applied. */
  KeyframeSlots slots(Project project);

  /**
   * Makes {@code frame} a keyframe slot, or takes it out of the slots, and tells whoever shows the
   * project. Marking a grid slot or unmarking a frame off the grid only withdraws an earlier mark.
   *
   * @throws IllegalArgumentException for a frame outside the video
   */
  void mark(int frame, boolean keyframe) throws IOException;
}
