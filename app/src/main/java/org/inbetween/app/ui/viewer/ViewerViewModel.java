package org.inbetween.app.ui.viewer;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import org.inbetween.app.project.FrameState;
import org.inbetween.app.ui.commands.UiText;
import org.inbetween.app.ui.session.EditorSession;

/**
 * The viewer without its controls: frame stepping (±1, ±l, first, last), playback, the status text
 * and the layer settings. Built on the {@link EditorSession}'s current frame, so the timeline and
 * the review queue move the same frame the viewer shows. javafx.beans only: tested headless.
 */
public final class ViewerViewModel {
  private final EditorSession session;
  private final Playback playback;
  private final LayersViewModel layers = new LayersViewModel();
  private final StringBinding statusText;

  public ViewerViewModel(EditorSession session, UiText strings) {
    this.session = session;
    IntegerProperty frame = session.currentFrameProperty();
    this.playback = new Playback(frame, session.frameCount(), session.project().fps());
    this.statusText =
        Bindings.createStringBinding(
            () -> status(strings, frame.get()), frame, session.projectProperty());
    layers.include(session.store().machineLayers());
    session
        .revisionProperty()
        .addListener((obs, old, now) -> layers.include(session.store().machineLayers()));
  }

  public EditorSession session() {
    return session;
  }

  public LayersViewModel layers() {
    return layers;
  }

  /** "Frame 12 / 150 · 00:00.48 · Human keyframe": always on screen in the status bar. */
  public StringBinding statusText() {
    return statusText;
  }

  public BooleanProperty playingProperty() {
    return playback.playingProperty();
  }

  public void togglePlay() {
    playback.toggle();
  }

  /** Advances playback to the frame due at {@code nanos}; the view calls it on every pulse. */
  public void pulse(long nanos) {
    playback.pulse(nanos);
  }

  public void next() {
    goTo(session.currentFrame() + 1);
  }

  public void previous() {
    goTo(session.currentFrame() - 1);
  }

  /** Forward by the project's keyframe interval l. */
  public void forwardInterval() {
    goTo(session.currentFrame() + session.project().keyframeInterval());
  }

  /** Back by the project's keyframe interval l. */
  public void backInterval() {
    goTo(session.currentFrame() - session.project().keyframeInterval());
  }

  public void first() {
    goTo(0);
  }

  public void last() {
    goTo(session.frameCount() - 1);
  }

  /** Shows {@code frame}, clamped to the video. */
  public void goTo(int frame) {
    session.currentFrameProperty().set(Math.max(0, Math.min(session.frameCount() - 1, frame)));
  }

  private String status(UiText strings, int frame) {
    FrameState state = session.project().frame(frame).state();
    return strings.format(
        "viewer.status",
        frame,
        session.frameCount(),
        Timecode.of(frame, session.project().fps()),
        strings.format("state." + state.name()));
  }
}
