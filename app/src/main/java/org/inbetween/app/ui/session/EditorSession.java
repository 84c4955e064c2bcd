package org.inbetween.app.ui.session;

import java.io.IOException;
import java.util.Objects;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.inbetween.app.project.Project;
import org.inbetween.app.project.store.ProjectStore;
import org.inbetween.app.quality.LeaveOneOutMemo;
import org.inbetween.app.video.FrameSource;

/**
 * What every part of the editor window shares: the open project, its frames, the current frame and
 * object, and who is working. Plain observable values (javafx.beans only), so view models built on
 * it are tested without starting JavaFX.
 *
 * <p>Edits go through {@link #store()} and are followed by {@link #edited()}, which refreshes the
 * {@link #projectProperty() project snapshot} and bumps the {@link #revisionProperty() revision} so
 * that the viewer, the timeline and the panels repaint. Call both on the JavaFX thread (or on the
 * test thread).
 */
public final class EditorSession implements AutoCloseable {
  private final ProjectStore store;
  private final FrameSource frames;
  private final ReadOnlyObjectWrapper<Project> project;
  private final ReadOnlyLongWrapper revision = new ReadOnlyLongWrapper(0);
  private final IntegerProperty currentFrame = new SimpleIntegerProperty(0);
  private final IntegerProperty currentObjectId = new SimpleIntegerProperty(0);
  private final StringProperty userName = new SimpleStringProperty("");
  private final LeaveOneOutMemo leaveOneOutMemo = new LeaveOneOutMemo();

  /**
   * @param store the open project; closed with the session
   * @param frames the project's frames (typically a {@code FrameCache}); closed with the session
   */
  public EditorSession(ProjectStore store, FrameSource frames) {
    this.store = Objects.requireNonNull(store, "store");
    this.frames = Objects.requireNonNull(frames, "frames");
    this.project = new ReadOnlyObjectWrapper<>(store.project());
    project.get().objects().stream().findFirst().ifPresent(o -> currentObjectId.set(o.id()));
    currentFrame.addListener(
        (obs, old, now) -> {
          int clamped = Math.max(0, Math.min(now.intValue(), frameCount() - 1));
          if (clamped != now.intValue()) {
            currentFrame.set(clamped);
          }
        });
  }

  public ProjectStore store() {
    return store;
  }

  public FrameSource frames() {
    return frames;
  }

  /**
   * The leave-one-out scores computed in this session, shared by the next-keyframe suggestion and
   * the trace panel, so that after one more keyframe only its neighbours are predicted again.
   */
  public LeaveOneOutMemo leaveOneOutMemo() {
    return leaveOneOutMemo;
  }

  public int frameCount() {
    return project.get().frameCount();
  }

  /** The latest project snapshot; replaced after every edit. */
  public ReadOnlyObjectProperty<Project> projectProperty() {
    return project.getReadOnlyProperty();
  }

  public Project project() {
    return project.get();
  }

  /** Increases by one after every edit, masks included (the snapshot alone misses pixel edits). */
  public ReadOnlyLongProperty revisionProperty() {
    return revision.getReadOnlyProperty();
  }

  /** The frame shown and edited; values outside the video are clamped. */
  public IntegerProperty currentFrameProperty() {
    return currentFrame;
  }

  public int currentFrame() {
    return currentFrame.get();
  }

  /** The object painted by the mask tools; 0 when the project has none. */
  public IntegerProperty currentObjectIdProperty() {
    return currentObjectId;
  }

  /** The annotator's or reviewer's name, asked once and stored with every edit and decision. */
  public StringProperty userNameProperty() {
    return userName;
  }

  /**
   * The name edits are stored under: the user's, or the OS account name until someone typed one, as
   * the store takes no edit without a name.
   */
  public String author() {
    String name = userName.get();
    return name == null || name.isBlank() ? System.getProperty("user.name", "annotator") : name;
  }

  /** Call after any change made through {@link #store()}. */
  public void edited() {
    project.set(store.project());
    revision.set(revision.get() + 1);
  }

  @Override
  public void close() throws IOException {
    try (ProjectStore s = store;
        FrameSource f = frames) {
      // both closed, the store last, even if closing the frames fails
    }
  }
}
