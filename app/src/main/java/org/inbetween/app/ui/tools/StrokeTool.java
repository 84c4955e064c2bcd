package org.inbetween.app.ui.tools;

import java.util.function.BiFunction;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.shape.Circle;
import org.inbetween.app.editing.Brush;
import org.inbetween.app.editing.ImagePoint;
import org.inbetween.app.editing.Ink;

/**
 * Brush and eraser: drags paint round-brush segments between successive pointer samples; the
 * preview is the brush outline under the pointer.
 */
final class StrokeTool implements MaskTool {
  private final MaskEditor editor;
  private final BiFunction<Integer, Modifiers, Ink> inkFor;
  private final Circle outline = new Circle();
  private final Group preview = new Group(outline);
  private ImagePoint last;
  private Ink ink;

  private StrokeTool(
      MaskEditor editor, PreviewScale scale, BiFunction<Integer, Modifiers, Ink> inkFor) {
    this.editor = editor;
    this.inkFor = inkFor;
    outline.getStyleClass().add("brush-outline");
    outline.radiusProperty().bind(editor.brush().radiusProperty());
    outline.strokeWidthProperty().bind(scale.screenPixels(1.5));
    outline.setVisible(false);
    preview.setMouseTransparent(true);
  }

  /** Paints the current object; the secondary button or Alt erases it instead. */
  static StrokeTool brush(MaskEditor editor, PreviewScale scale) {
    return new StrokeTool(editor, scale, (id, m) -> m.inverted() ? Ink.erase(id) : Ink.paint(id));
  }

  /** Erases the current object only; with Shift, every object. */
  static StrokeTool eraser(MaskEditor editor, PreviewScale scale) {
    return new StrokeTool(editor, scale, (id, m) -> m.shift() ? Ink.eraseAll() : Ink.erase(id));
  }

  @Override
  public void pressed(ImagePoint point, Modifiers modifiers) {
    ink = inkFor.apply(editor.objectId(), modifiers);
    last = point;
    paintTo(point);
  }

  @Override
  public void dragged(ImagePoint point, Modifiers modifiers) {
    if (last != null) {
      paintTo(point);
    }
  }

  @Override
  public void released(ImagePoint point, Modifiers modifiers) {
    if (last != null) {
      paintTo(point);
      last = null;
      editor.commit();
    }
  }

  @Override
  public void moved(ImagePoint point) {
    outline.setCenterX(point.x());
    outline.setCenterY(point.y());
    outline.setVisible(true);
  }

  @Override
  public void cancel() {
    if (last != null) {
      last = null;
      editor.commit();
    }
    outline.setVisible(false);
  }

  @Override
  public Node preview() {
    return preview;
  }

  private void paintTo(ImagePoint point) {
    ImagePoint from = last;
    double radius = editor.brush().radius();
    editor.modify(mask -> Brush.segment(mask, from, point, radius, ink));
    last = point;
    moved(point);
  }
}
