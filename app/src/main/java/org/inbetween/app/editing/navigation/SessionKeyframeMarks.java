package org.inbetween.app.editing.navigation;

import java.util.Objects;
import org.inbetween.app.project.Project;

/**
 * Keyframe marks held in memory for one editing session: the stand-in until the project store
 * persists them. Marks are frame numbers, so they survive a change of l, but not closing the
 * project.
 */
public final class SessionKeyframeMarks implements KeyframeMarks {
  private KeyframeSlots marks = KeyframeSlots.grid(1);

  @Override
  public synchronized KeyframeSlots slots(Project project) {
    return marks.withInterval(project.keyframeInterval());
  }

  @Override
  public synchronized void mark(Project project, int frame, boolean keyframe) {
    Objects.checkIndex(frame, project.frameCount());
    KeyframeSlots now = slots(project);
    marks = keyframe ? now.marked(frame) : now.unmarked(frame);
  }
}
