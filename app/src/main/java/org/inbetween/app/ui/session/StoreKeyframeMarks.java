package org.inbetween.app.ui.session;

import java.io.IOException;
import java.util.Objects;
import org.inbetween.app.editing.navigation.KeyframeMarks;
import org.inbetween.app.editing.navigation.KeyframeSlots;
import org.inbetween.app.project.Project;

/**
 * The keyframe marks of a session's project: read from the project snapshot, written through the
 * store under the session's user, so that every mark is journaled and still there when the project
 * is opened again. Each mark is followed by {@link EditorSession#edited()}, which repaints the
 * timeline.
 *
 * <pre>{@code
 * KeyframeMarks marks = new StoreKeyframeMarks(session);
 * Timeline timeline = new Timeline(session, marks);
 * TimelineNavigation navigation = new TimelineNavigation(session, marks);
 * }</pre>
 */
public final class StoreKeyframeMarks implements KeyframeMarks {
  private final EditorSession session;

  public StoreKeyframeMarks(EditorSession session) {
    this.session = Objects.requireNonNull(session, "session");
  }

  @Override
  public KeyframeSlots slots(Project project) {
    return KeyframeSlots.of(project);
  }

  @Override
  public void mark(int frame, boolean keyframe) throws IOException {
    session.store().markKeyframeSlot(frame, keyframe, session.author());
    session.edited();
  }
}
