package org.inbetween.app.ui.timeline;

import java.io.IOException;
import java.util.Objects;
import java.util.OptionalInt;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.inbetween.app.editing.navigation.FrameNavigator;
import org.inbetween.app.editing.navigation.Jump;
import org.inbetween.app.editing.navigation.KeyframeMarks;
import org.inbetween.app.editing.navigation.KeyframeSlots;
import org.inbetween.app.project.Project;
import org.inbetween.app.ui.session.EditorSession;

/**
 * The timeline's commands, without the timeline: jumps, keyframe marks and the keyframe interval,
 * applied to an {@link EditorSession}. Observable values only (javafx.beans), so it is tested
 * without a window; the editor's commands and shortcuts call it.
 *
 * <pre>{@code
 * TimelineNavigation nav = new TimelineNavigation(session, marks);
 * if (!nav.jump(Jump.NEXT_UNREVIEWED)) {
 *   status.show(strings.get("timeline.none." + nav.missedProperty().get()));
 * }
 * }</pre>
 */
public final class TimelineNavigation {
  private final EditorSession session;
  private final KeyframeMarks marks;
  private final ReadOnlyObjectWrapper<Jump> missed = new ReadOnlyObjectWrapper<>();

  public TimelineNavigation(EditorSession session, KeyframeMarks marks) {
    this.session = Objects.requireNonNull(session, "session");
    this.marks = Objects.requireNonNull(marks, "marks");
  }

  /**
   * Moves the current frame where {@code jump} lands.
   *
   * @return false, leaving the frame where it is, when there is no such frame (no wrap-around)
   */
  public boolean jump(Jump jump) {
    OptionalInt target = navigator().find(jump, session.currentFrame());
    missed.set(target.isPresent() ? null : jump);
    target.ifPresent(session.currentFrameProperty()::set);
    return target.isPresent();
  }

  /** The last jump that found nothing; null after a jump that moved. For a status message. */
  public ReadOnlyObjectProperty<Jump> missedProperty() {
    return missed.getReadOnlyProperty();
  }

  /** True when the current frame is a keyframe slot (grid or marked). */
  public boolean isCurrentFrameSlot() {
    return slots().isSlot(session.currentFrame());
  }

  /** Marks the current frame as a keyframe slot, or unmarks it if it is one. */
  public void toggleKeyframeMark() throws IOException {
    marks.mark(session.currentFrame(), !isCurrentFrameSlot());
  }

  /** Sets l for the project; the store checks the range (1..frame count). */
  public void setKeyframeInterval(int interval) throws IOException {
    session.store().setKeyframeInterval(interval);
    session.edited();
  }

  public KeyframeSlots slots() {
    return marks.slots(session.project());
  }

  private FrameNavigator navigator() {
    Project project = session.project();
    return new FrameNavigator(project, marks.slots(project));
  }
}
