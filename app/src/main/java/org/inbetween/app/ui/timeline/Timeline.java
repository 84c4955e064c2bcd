package org.inbetween.app.ui.timeline;

import java.net.URL;
import java.util.Objects;
import java.util.function.IntToDoubleFunction;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.control.Control;
import javafx.scene.control.Skin;
import org.inbetween.app.editing.navigation.KeyframeMarks;
import org.inbetween.app.ui.session.EditorSession;
import org.inbetween.app.ui.session.StoreKeyframeMarks;

/**
 * The timeline editor: one lane per object, a state lane, the keyframe slots and a confidence trace
 * under a time ruler, with the current frame as a cursor. Click or drag to scrub (the frame follows
 * live through {@link EditorSession#currentFrameProperty()}); Ctrl+wheel zooms around the pointer,
 * the wheel and the scroll bar move along the video.
 *
 * <pre>{@code
 * Timeline timeline = new Timeline(session, marks);
 * borderPane.setBottom(timeline);
 * timeline.confidenceProperty().set(frame -> ranking.score(frame)); // optional
 * }</pre>
 *
 * <p>It draws on one canvas the width of the window, only the frames in view, so a 20,000-frame
 * project costs what a 200-frame one does; it repaints when the session's revision, the current
 * frame, the zoom, the scroll or the size change. Colours and the "most important state wins" rule
 * for zoomed-out columns are in {@link TimelinePalette}; styling of the rest in {@code
 * org/inbetween/ui/timeline.css}.
 */
public final class Timeline extends Control {
  private static final String STYLESHEET = "/org/inbetween/ui/timeline.css";

  private final EditorSession session;
  private final KeyframeMarks marks;
  private final DoubleProperty pixelsPerFrame = new SimpleDoubleProperty(this, "pixelsPerFrame", 0);
  private final DoubleProperty firstFrame = new SimpleDoubleProperty(this, "firstFrame", 0);
  private final ObjectProperty<IntToDoubleFunction> confidence =
      new SimpleObjectProperty<>(this, "confidence");

  /** A timeline with the project's own keyframe marks. */
  public Timeline(EditorSession session) {
    this(session, new StoreKeyframeMarks(session));
  }

  /**
   * @param marks the keyframe marks, shared with the {@link TimelineNavigation} of the same window
   */
  public Timeline(EditorSession session, KeyframeMarks marks) {
    this.session = Objects.requireNonNull(session, "session");
    this.marks = Objects.requireNonNull(marks, "marks");
    getStyleClass().add("timeline");
  }

  public EditorSession session() {
    return session;
  }

  KeyframeMarks marks() {
    return marks;
  }

  /**
   * The zoom in pixels per frame; values below "whole video fits" (0 included, the default) show
   * the whole video. At most {@value TimelineViewport#MAX_PIXELS_PER_FRAME}.
   */
  public DoubleProperty pixelsPerFrameProperty() {
    return pixelsPerFrame;
  }

  /** The frame at the left edge of the lanes (horizontal scroll), kept inside the video. */
  public DoubleProperty firstFrameProperty() {
    return firstFrame;
  }

  /**
   * Per-frame confidence of the pseudo-labels, 0..1, NaN where there is none; read again after
   * every edit. When null (the default) the timeline reads the provenance parameter {@code
   * "confidence"} of the pseudo-label layer. Where no frame has a value no trace is drawn.
   */
  public ObjectProperty<IntToDoubleFunction> confidenceProperty() {
    return confidence;
  }

  @Override
  protected Skin<?> createDefaultSkin() {
    return new TimelineSkin(this);
  }

  @Override
  public String getUserAgentStylesheet() {
    URL css =
        Objects.requireNonNull(
            Timeline.class.getResource(STYLESHEET),
            STYLESHEET + " is missing from the classpath (module inbetween-ui-resources)");
    return css.toExternalForm();
  }
}
