package org.inbetween.app.ui.tools;

import javafx.event.EventType;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import org.inbetween.app.editing.ImagePoint;
import org.inbetween.app.ui.viewer.ViewerInteraction;

/**
 * The thin adapter between the viewer and the active mask tool: the viewer hands over every mouse
 * event in image coordinates (pan gestures never arrive), and this passes primary- and
 * secondary-button gestures to the tool; Ctrl+wheel resizes the brush instead of zooming.
 *
 * <pre>{@code
 * viewer.frameView().setInteraction(new ToolInteraction(tools));
 * }</pre>
 */
public final class ToolInteraction implements ViewerInteraction {
  private final MaskTools tools;

  public ToolInteraction(MaskTools tools) {
    this.tools = tools;
  }

  @Override
  public void mouse(MouseEvent event, ImagePoint point) {
    EventType<? extends MouseEvent> type = event.getEventType();
    MaskTool tool = tools.activeTool();
    if (type == MouseEvent.MOUSE_PRESSED && isToolButton(event)) {
      tool.pressed(point, Modifiers.of(event));
      event.consume();
    } else if (type == MouseEvent.MOUSE_DRAGGED
        && (event.isPrimaryButtonDown() || event.isSecondaryButtonDown())) {
      tool.dragged(point, Modifiers.of(event));
      event.consume();
    } else if (type == MouseEvent.MOUSE_RELEASED && isToolButton(event)) {
      tool.released(point, Modifiers.of(event));
      event.consume();
    } else if (type == MouseEvent.MOUSE_MOVED) {
      tool.moved(point);
    }
  }

  @Override
  public void scroll(ScrollEvent event, ImagePoint point) {
    if (event.isShortcutDown()) {
      tools.editor().brush().scroll(event.getDeltaY());
      event.consume();
    }
  }

  private static boolean isToolButton(MouseEvent event) {
    return event.getButton() == MouseButton.PRIMARY || event.getButton() == MouseButton.SECONDARY;
  }
}
