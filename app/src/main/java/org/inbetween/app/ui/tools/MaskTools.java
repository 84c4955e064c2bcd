package org.inbetween.app.ui.tools;

import java.util.EnumMap;
import java.util.Map;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Group;
import javafx.scene.Node;

/**
 * The set of mask tools and which one is active. The viewer adapter forwards pointer events (in
 * image coordinates) to {@link #activeTool()} and places {@link #previewLayer()} in image space
 * over the frame; the palette binds to {@link #kindProperty()}.
 *
 * <p>Switching tools, or frames, cancels what the previous tool had in progress (a half-drawn
 * polygon is dropped; a stroke already painted is committed).
 */
public final class MaskTools {
  private final MaskEditor editor;
  private final PreviewScale scale = new PreviewScale();
  private final Map<ToolKind, MaskTool> tools = new EnumMap<>(ToolKind.class);
  private final ObjectProperty<ToolKind> kind = new SimpleObjectProperty<>(ToolKind.BRUSH);
  private final ReadOnlyObjectWrapper<MaskTool> active = new ReadOnlyObjectWrapper<>();
  private final Group previewLayer = new Group();

  public MaskTools(MaskEditor editor) {
    this.editor = editor;
    tools.put(ToolKind.BRUSH, StrokeTool.brush(editor, scale));
    tools.put(ToolKind.ERASER, StrokeTool.eraser(editor, scale));
    tools.put(ToolKind.POLYGON_ADD, new PolygonTool(editor, scale, false));
    tools.put(ToolKind.POLYGON_SUBTRACT, new PolygonTool(editor, scale, true));
    tools.put(ToolKind.FILL, new FillTool(editor));
    tools.put(ToolKind.SMART_BOX, new SmartBoxTool(editor, scale));
    tools.put(ToolKind.SMART_STROKES, new SmartStrokesTool(editor));
    previewLayer.setMouseTransparent(true);
    previewLayer.getStyleClass().add("tool-previews");
    kind.addListener((obs, old, now) -> activate(now == null ? ToolKind.BRUSH : now));
    editor.session().currentFrameProperty().addListener((obs, old, now) -> active.get().cancel());
    activate(ToolKind.BRUSH);
  }

  public MaskEditor editor() {
    return editor;
  }

  /** The selected tool kind; set it to switch tools (palette, shortcuts). */
  public ObjectProperty<ToolKind> kindProperty() {
    return kind;
  }

  public ReadOnlyObjectProperty<MaskTool> activeToolProperty() {
    return active.getReadOnlyProperty();
  }

  public MaskTool activeTool() {
    return active.get();
  }

  public MaskTool tool(ToolKind toolKind) {
    return tools.get(toolKind);
  }

  /** Screen pixel size in image pixels (1 / zoom); the adapter binds it to the viewer's zoom. */
  public PreviewScale previewScale() {
    return scale;
  }

  /** The active tool's preview, in image coordinates; mouse-transparent. */
  public Node previewLayer() {
    return previewLayer;
  }

  private void activate(ToolKind toolKind) {
    if (active.get() != null) {
      active.get().cancel();
    }
    MaskTool tool = tools.get(toolKind);
    active.set(tool);
    previewLayer.getChildren().setAll(tool.preview());
  }
}
