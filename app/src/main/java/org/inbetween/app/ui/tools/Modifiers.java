package org.inbetween.app.ui.tools;

import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;

/**
 * The state of buttons and keys that changes what a tool does: the secondary button or Alt marks
 * "background" for smart-select strokes and erases with the brush, Shift widens the eraser to every
 * object, a double click closes a polygon.
 */
public record Modifiers(
    boolean secondary, boolean shift, boolean control, boolean alt, int clickCount) {
  public static final Modifiers NONE = new Modifiers(false, false, false, false, 1);

  /** The modifiers of a JavaFX mouse event, for viewer adapters. */
  public static Modifiers of(MouseEvent event) {
    return new Modifiers(
        event.getButton() == MouseButton.SECONDARY || event.isSecondaryButtonDown(),
        event.isShiftDown(),
        event.isShortcutDown(),
        event.isAltDown(),
        event.getClickCount());
  }

  /** "Use the opposite meaning": secondary button or Alt. */
  public boolean inverted() {
    return secondary || alt;
  }
}
