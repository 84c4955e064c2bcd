package org.inbetween.app.ui.tools;

import javafx.scene.Node;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import org.inbetween.app.editing.ImagePoint;

/**
 * The thin adapter between a node showing the frame and the active mask tool: converts each
 * primary- or secondary-button event to image coordinates and hands it on; Ctrl+wheel resizes the
 * brush. The middle button and plain wheel are left alone for the viewer's pan and zoom.
 *
 * <pre>{@code
 * ToolMouseInput.attach(viewer.surface(), (x, y) -> viewer.toImage(x, y), tools);
 * }</pre>
 */
public final class ToolMouseInput {
  /** Node-local coordinates to image pixel coordinates (undoing the viewer's zoom and pan). */
  @FunctionalInterface
  public interface ToImage {
    ImagePoint map(double x, double y);
  }

  private ToolMouseInput() {}

  public static void attach(Node surface, ToImage toImage, MaskTools tools) {
    surface.addEventHandler(
        MouseEvent.MOUSE_PRESSED,
        e -> {
          if (forTools(e)) {
            tools.activeTool().pressed(toImage.map(e.getX(), e.getY()), Modifiers.of(e));
            e.consume();
          }
        });
    surface.addEventHandler(
        MouseEvent.MOUSE_DRAGGED,
        e -> {
          if ((e.isPrimaryButtonDown() || e.isSecondaryButtonDown()) && !e.isMiddleButtonDown()) {
            tools.activeTool().dragged(toImage.map(e.getX(), e.getY()), Modifiers.of(e));
            e.consume();
          }
        });
    surface.addEventHandler(
        MouseEvent.MOUSE_RELEASED,
        e -> {
          if (forTools(e)) {
            tools.activeTool().released(toImage.map(e.getX(), e.getY()), Modifiers.of(e));
            e.consume();
          }
        });
    surface.addEventHandler(
        MouseEvent.MOUSE_MOVED, e -> tools.activeTool().moved(toImage.map(e.getX(), e.getY())));
    surface.addEventFilter(
        ScrollEvent.SCROLL,
        e -> {
          if (e.isShortcutDown()) {
            tools.editor().brush().scroll(e.getDeltaY());
            e.consume();
          }
        });
  }

  private static boolean forTools(MouseEvent e) {
    return e.getButton() == MouseButton.PRIMARY || e.getButton() == MouseButton.SECONDARY;
  }
}
