package org.inbetween.app.ui.tools;

import javafx.scene.Group;
import javafx.scene.Node;
import org.inbetween.app.editing.ImagePoint;
import org.inbetween.app.editing.Ink;
import org.inbetween.app.editing.RegionFill;

/**
 * Flood fill: a click fills the connected region of the clicked label with the current object
 * (closing holes); with Shift it clears the clicked piece of the current object instead.
 */
final class FillTool implements MaskTool {
  private final MaskEditor editor;
  private final Group preview = new Group();

  FillTool(MaskEditor editor) {
    this.editor = editor;
  }

  @Override
  public void pressed(ImagePoint point, Modifiers modifiers) {
    int id = editor.objectId();
    Ink ink = modifiers.shift() ? Ink.erase(id) : Ink.paint(id);
    if (editor.modify(mask -> RegionFill.fill(mask, point.column(), point.row(), ink))) {
      editor.commit();
    }
  }

  @Override
  public void dragged(ImagePoint point, Modifiers modifiers) {}

  @Override
  public void released(ImagePoint point, Modifiers modifiers) {}

  @Override
  public Node preview() {
    return preview;
  }
}
