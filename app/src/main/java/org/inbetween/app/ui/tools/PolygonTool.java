package org.inbetween.app.ui.tools;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.shape.Polyline;
import org.inbetween.app.editing.ImagePoint;
import org.inbetween.app.editing.Ink;
import org.inbetween.app.editing.PolygonFill;

/**
 * Polygon add or subtract: each click adds a vertex; a double click, Enter, or a click on the first
 * vertex closes the outline and fills it into (or cuts it out of) the current object.
 */
final class PolygonTool implements MaskTool {
  /** How near the first vertex, in screen pixels, a click closes the polygon. */
  private static final double CLOSE_DISTANCE = 6;

  private final MaskEditor editor;
  private final PreviewScale scale;
  private final boolean subtract;
  private final List<ImagePoint> vertices = new ArrayList<>();
  private final Polyline outline = new Polyline();
  private final Group preview = new Group(outline);

  PolygonTool(MaskEditor editor, PreviewScale scale, boolean subtract) {
    this.editor = editor;
    this.scale = scale;
    this.subtract = subtract;
    outline.getStyleClass().addAll("polygon-outline", subtract ? "subtract" : "add");
    outline.strokeWidthProperty().bind(scale.screenPixels(1.5));
    preview.setMouseTransparent(true);
  }

  @Override
  public void pressed(ImagePoint point, Modifiers modifiers) {
    boolean closes =
        vertices.size() >= 3
            && (modifiers.clickCount() >= 2
                || distance(point, vertices.get(0)) <= CLOSE_DISTANCE * scale.screenPixel());
    if (closes) {
      finish();
    } else {
      vertices.add(point);
      redraw(point);
    }
  }

  @Override
  public void dragged(ImagePoint point, Modifiers modifiers) {
    redraw(point);
  }

  @Override
  public void released(ImagePoint point, Modifiers modifiers) {}

  @Override
  public void moved(ImagePoint point) {
    redraw(point);
  }

  @Override
  public void finish() {
    if (vertices.size() >= 3) {
      int id = editor.objectId();
      List<ImagePoint> polygon = List.copyOf(vertices);
      Ink ink = subtract ? Ink.erase(id) : Ink.paint(id);
      if (editor.modify(mask -> PolygonFill.fill(mask, polygon, ink))) {
        editor.commit();
      }
    }
    cancel();
  }

  @Override
  public void cancel() {
    vertices.clear();
    outline.getPoints().clear();
  }

  @Override
  public Node preview() {
    return preview;
  }

  /** The outline so far plus a rubber band to the pointer. */
  private void redraw(ImagePoint pointer) {
    if (vertices.isEmpty()) {
      return;
    }
    List<Double> points = new ArrayList<>();
    for (ImagePoint v : vertices) {
      points.add(v.x());
      points.add(v.y());
    }
    points.add(pointer.x());
    points.add(pointer.y());
    outline.getPoints().setAll(points);
  }

  private static double distance(ImagePoint a, ImagePoint b) {
    return Math.hypot(a.x() - b.x(), a.y() - b.y());
  }
}
