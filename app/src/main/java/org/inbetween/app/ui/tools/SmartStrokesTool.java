package org.inbetween.app.ui.tools;

import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.shape.Polyline;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.shape.StrokeLineJoin;
import org.inbetween.app.editing.Brush;
import org.inbetween.app.editing.ImagePoint;
import org.inbetween.app.editing.Ink;
import org.inbetween.app.editing.SmartSelect;
import org.inbetween.app.editing.WorkingMask;
import org.inbetween.models.image.Masks;

/**
 * Smart select by strokes: primary-button strokes say "object", secondary-button (or Alt) strokes
 * say "not the object". After each stroke GrabCut refines the current object from all strokes so
 * far; the strokes stay until Escape, a tool switch or another frame.
 */
final class SmartStrokesTool implements MaskTool {
  private final MaskEditor editor;
  private final Group preview = new Group();
  private WorkingMask marks;
  private Polyline current;
  private ImagePoint last;
  private Ink ink;

  SmartStrokesTool(MaskEditor editor) {
    this.editor = editor;
    preview.setMouseTransparent(true);
  }

  @Override
  public void pressed(ImagePoint point, Modifiers modifiers) {
    int frame = editor.committed().frame();
    if (marks == null || marks.frame() != frame) {
      cancel();
      marks =
          WorkingMask.of(Masks.empty(frame, editor.working().width(), editor.working().height()));
    }
    boolean background = modifiers.inverted();
    ink = Ink.paint(background ? SmartSelect.BACKGROUND_MARK : SmartSelect.FOREGROUND_MARK);
    current = new Polyline();
    current.getStyleClass().addAll("smart-stroke", background ? "background" : "foreground");
    current.setStrokeWidth(2.0 * editor.brush().radius());
    current.setStrokeLineCap(StrokeLineCap.ROUND);
    current.setStrokeLineJoin(StrokeLineJoin.ROUND);
    preview.getChildren().add(current);
    last = point;
    dragged(point, modifiers);
  }

  @Override
  public void dragged(ImagePoint point, Modifiers modifiers) {
    if (last == null) {
      return;
    }
    Brush.segment(marks, last, point, editor.brush().radius(), ink);
    current.getPoints().addAll(point.x(), point.y());
    last = point;
  }

  @Override
  public void released(ImagePoint point, Modifiers modifiers) {
    if (last == null) {
      return;
    }
    dragged(point, modifiers);
    last = null;
    var seeds = marks.snapshot();
    editor.refineInBackground(
        (frame, mask, objectId) -> SmartSelect.fromScribbles(frame, mask, objectId, seeds));
  }

  @Override
  public void cancel() {
    marks = null;
    last = null;
    preview.getChildren().clear();
  }

  @Override
  public Node preview() {
    return preview;
  }
}
