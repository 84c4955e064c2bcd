package org.inbetween.app.ui.tools;

import javafx.scene.Node;
import org.inbetween.app.editing.ImagePoint;

/**
 * One mask tool, driven by pointer events already converted to image pixel coordinates, so that
 * tools know nothing of zoom and pan. The viewer forwards events of the active tool (see {@link
 * MaskTools#activeToolProperty()}) and shows its {@link #preview()} in image space above the frame.
 */
public interface MaskTool {
  void pressed(ImagePoint point, Modifiers modifiers);

  void dragged(ImagePoint point, Modifiers modifiers);

  void released(ImagePoint point, Modifiers modifiers);

  /** The pointer moved with no button down (brush outline, polygon rubber band). */
  default void moved(ImagePoint point) {}

  /** Enter: complete what is in progress (closes a polygon). */
  default void finish() {}

  /** Escape, tool switch, frame change: drop what is in progress without editing. */
  default void cancel() {}

  /** What the tool draws over the frame, in image pixel coordinates; never null. */
  Node preview();
}
