package org.inbetween.app.ui.viewer;

import javafx.event.EventHandler;
import javafx.scene.Cursor;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;

/**
 * The frame view's own mouse handling: the wheel zooms to the pointer, a middle-button drag or any
 * drag with Space held pans, and every other mouse event goes to the active {@link
 * ViewerInteraction} with its image point.
 *
 * <p>Space is watched on the scene, as a key filter, so that it works wherever the focus is; it is
 * consumed only while the pointer is over the frame, so Space still presses a focused button
 * elsewhere.
 */
final class FrameViewGestures {
  /** Zoom per wheel notch. */
  private static final double ZOOM_PER_NOTCH = 1.25;

  private final FrameView view;
  private final EventHandler<KeyEvent> spaceWatcher = this::watchSpace;
  private boolean spaceHeld;
  private boolean panning;
  private boolean swallowClick;
  private double lastX;
  private double lastY;

  FrameViewGestures(FrameView view) {
    this.view = view;
  }

  void install() {
    view.addEventHandler(MouseEvent.ANY, this::mouse);
    view.addEventHandler(ScrollEvent.SCROLL, this::scroll);
    view.sceneProperty()
        .addListener(
            (obs, old, scene) -> {
              if (old != null) {
                old.removeEventFilter(KeyEvent.ANY, spaceWatcher);
              }
              if (scene != null) {
                scene.addEventFilter(KeyEvent.ANY, spaceWatcher);
              }
            });
  }

  private void mouse(MouseEvent event) {
    if (event.getEventType() == MouseEvent.MOUSE_CLICKED && swallowClick) {
      swallowClick = false; // the click that ends a pan is not a tool click
      event.consume();
      return;
    }
    if (event.getEventType() == MouseEvent.MOUSE_PRESSED) {
      swallowClick = false;
      view.requestFocus();
      if (event.getButton() == MouseButton.MIDDLE || spaceHeld) {
        panning = true;
        lastX = event.getSceneX();
        lastY = event.getSceneY();
        view.setCursor(Cursor.CLOSED_HAND);
      }
    }
    if (panning) {
      pan(event);
      event.consume();
      return;
    }
    view.interaction().mouse(event, view.imagePoint(event));
  }

  private void pan(MouseEvent event) {
    if (event.getEventType() == MouseEvent.MOUSE_DRAGGED) {
      view.panBy(event.getSceneX() - lastX, event.getSceneY() - lastY);
      lastX = event.getSceneX();
      lastY = event.getSceneY();
    } else if (event.getEventType() == MouseEvent.MOUSE_RELEASED) {
      panning = false;
      swallowClick = true;
      view.setCursor(spaceHeld ? Cursor.OPEN_HAND : null);
    }
  }

  private void scroll(ScrollEvent event) {
    view.interaction().scroll(event, view.imagePoint(event.getSceneX(), event.getSceneY()));
    if (event.isConsumed() || event.getDeltaY() == 0) {
      return;
    }
    // deltaY is notches × the platform's multiplier (40 on the desktops, 1 on Monocle); touchpads
    // send fractions of a notch, so they zoom smoothly.
    double notches = event.getDeltaY() / Math.max(1, event.getMultiplierY());
    double factor = Math.pow(ZOOM_PER_NOTCH, notches);
    view.zoomAt(factor, event.getX(), event.getY());
    event.consume();
  }

  private void watchSpace(KeyEvent event) {
    if (event.getCode() != KeyCode.SPACE) {
      return;
    }
    boolean wasHeld = spaceHeld;
    if (event.getEventType() == KeyEvent.KEY_PRESSED) {
      spaceHeld = view.isHover() || panning;
    } else if (event.getEventType() == KeyEvent.KEY_RELEASED) {
      spaceHeld = false;
    }
    if (wasHeld != spaceHeld && !panning) {
      view.setCursor(spaceHeld ? Cursor.OPEN_HAND : null);
    }
    if (spaceHeld || wasHeld) {
      event.consume();
    }
  }
}
