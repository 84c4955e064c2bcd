package org.inbetween.app.ui.viewer;

import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import org.inbetween.app.editing.ImagePoint;

/**
 * The hook through which a mask tool (brush, polygon, flood fill, GrabCut) works on the frame view.
 * The view hands it every mouse event over the frame with the image pixel position under the
 * pointer; pan gestures (middle button, or any button while Space is held) never reach it.
 *
 * <pre>{@code
 * frameView.setInteraction(new ViewerInteraction() {
 *   public void mouse(MouseEvent e, ImagePoint p) {
 *     if (e.getEventType() == MouseEvent.MOUSE_DRAGGED) { paintAt(p.column(), p.row()); e.consume(); }
 *   }
 * });
 * }</pre>
 *
 * Tool previews (brush circle, polygon in progress) go into {@link FrameView#toolOverlay()}, whose
 * coordinates are image pixels and which follows zoom and pan.
 */
public interface ViewerInteraction {
  /** Does nothing: the viewer only pans and zooms. */
  ViewerInteraction NONE = (event, point) -> {};

  /** Pressed, dragged, released, clicked, moved, entered and exited events over the frame. */
  void mouse(MouseEvent event, ImagePoint point);

  /**
   * The wheel, before the viewer zooms with it; consume the event to keep it (for example
   * Ctrl+wheel for the brush size) and the viewer will not zoom.
   */
  default void scroll(ScrollEvent event, ImagePoint point) {}
}
