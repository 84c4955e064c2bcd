package org.inbetween.app.ui.tools;

import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.shape.Rectangle;
import org.inbetween.app.editing.ImagePoint;
import org.inbetween.app.editing.Rect;
import org.inbetween.app.editing.SmartSelect;

/** Smart select by box: drag a box around the object; GrabCut finds it inside. */
final class SmartBoxTool implements MaskTool {
  private final MaskEditor editor;
  private final Rectangle box = new Rectangle();
  private final Group preview = new Group(box);
  private ImagePoint start;

  SmartBoxTool(MaskEditor editor, PreviewScale scale) {
    this.editor = editor;
    box.getStyleClass().add("smart-box");
    box.strokeWidthProperty().bind(scale.screenPixels(1.5));
    box.setVisible(false);
    preview.setMouseTransparent(true);
  }

  @Override
  public void pressed(ImagePoint point, Modifiers modifiers) {
    start = point;
    dragged(point, modifiers);
    box.setVisible(true);
  }

  @Override
  public void dragged(ImagePoint point, Modifiers modifiers) {
    if (start != null) {
      box.setX(Math.min(start.x(), point.x()));
      box.setY(Math.min(start.y(), point.y()));
      box.setWidth(Math.abs(point.x() - start.x()));
      box.setHeight(Math.abs(point.y() - start.y()));
    }
  }

  @Override
  public void released(ImagePoint point, Modifiers modifiers) {
    if (start == null) {
      return;
    }
    Rect seed = Rect.between(start, point);
    cancel();
    if (seed.width() > 2 && seed.height() > 2) {
      editor.refineInBackground(
          (frame, mask, objectId) -> SmartSelect.fromRectangle(frame, mask, objectId, seed));
    }
  }

  @Override
  public void cancel() {
    start = null;
    box.setVisible(false);
  }

  @Override
  public Node preview() {
    return preview;
  }
}
