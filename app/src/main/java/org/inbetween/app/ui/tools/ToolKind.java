package org.inbetween.app.ui.tools;

/** The mask tools, in palette order; each names its UI string key. */
public enum ToolKind {
  BRUSH("tools.brush"),
  ERASER("tools.eraser"),
  POLYGON_ADD("tools.polygonAdd"),
  POLYGON_SUBTRACT("tools.polygonSubtract"),
  FILL("tools.fill"),
  SMART_BOX("tools.smartBox"),
  SMART_STROKES("tools.smartStrokes");

  private final String key;

  ToolKind(String key) {
    this.key = key;
  }

  /** The UI string key of the tool's name; {@code key + ".tooltip"} explains it. */
  public String key() {
    return key;
  }

  /** A stable node id, e.g. "tool-polygon-add". */
  public String nodeId() {
    return "tool-" + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
  }
}
