package org.inbetween.app.ui.viewer;

import java.util.List;
import javafx.scene.Scene;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;

/**
 * The viewer's default keys, as data, so that the editor's command declarations can take them over
 * (and its duplicate check can see them); {@link #install} binds them directly for a viewer used
 * alone. Space is not here: holding it pans (see {@link FrameViewGestures}), so play/pause is K.
 */
public final class ViewerShortcuts {
  /** One key binding: the keys, a name for help and menus, and what it does. */
  public record Shortcut(KeyCombination keys, String name, Runnable action) {}

  private ViewerShortcuts() {}

  public static List<Shortcut> defaults(ViewerViewModel model, FrameView view) {
    return List.of(
        new Shortcut(key(KeyCode.RIGHT), "next", model::next),
        new Shortcut(key(KeyCode.LEFT), "previous", model::previous),
        new Shortcut(
            key(KeyCode.RIGHT, KeyCombination.SHIFT_DOWN),
            "forwardInterval",
            model::forwardInterval),
        new Shortcut(
            key(KeyCode.LEFT, KeyCombination.SHIFT_DOWN), "backInterval", model::backInterval),
        new Shortcut(key(KeyCode.HOME), "first", model::first),
        new Shortcut(key(KeyCode.END), "last", model::last),
        new Shortcut(key(KeyCode.K), "play", model::togglePlay),
        new Shortcut(key(KeyCode.F), "fit", view::fit),
        new Shortcut(
            key(KeyCode.DIGIT1, KeyCombination.SHORTCUT_DOWN), "oneToOne", view::oneToOne));
  }

  /**
   * Binds {@code shortcuts} on {@code scene} as a key filter, so that focused buttons do not turn
   * the arrows into focus moves; keys typed into a text field stay with the text field.
   */
  public static void install(Scene scene, List<Shortcut> shortcuts) {
    scene.addEventFilter(
        KeyEvent.KEY_PRESSED,
        event -> {
          if (scene.getFocusOwner() instanceof TextInputControl) {
            return;
          }
          for (Shortcut shortcut : shortcuts) {
            if (shortcut.keys().match(event)) {
              shortcut.action().run();
              event.consume();
              return;
            }
          }
        });
  }

  private static KeyCombination key(KeyCode code, KeyCombination.Modifier... modifiers) {
    return new KeyCodeCombination(code, modifiers);
  }
}
