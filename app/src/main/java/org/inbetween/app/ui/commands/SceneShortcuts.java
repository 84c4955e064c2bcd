package org.inbetween.app.ui.commands;

import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyCombination.ModifierValue;
import javafx.scene.input.KeyEvent;

/**
 * Makes every command's shortcut work anywhere in a scene, also without a menu bar (review panel,
 * full-screen viewer). Shortcuts without Ctrl/Alt/Meta (A, R, E...) are ignored while the user
 * types into a text field, so a rejection reason containing an "a" accepts nothing.
 *
 * <p>The keys are caught by an event filter, before the focused control sees them: otherwise a
 * focused list or slider would swallow the arrows, Home and End that step through frames.
 */
public final class SceneShortcuts {
  private SceneShortcuts() {}

  /** Installs the shortcuts of every registered command; register everything first. */
  public static void install(Scene scene, CommandRegistry registry) {
    scene.addEventFilter(
        KeyEvent.KEY_PRESSED,
        event -> {
          for (Command command : registry.commands()) {
            KeyCombination keys = command.accelerator();
            if (keys != null && keys.match(event)) {
              if (!(isPlain(keys) && typing(scene))) {
                command.execute();
                event.consume();
              }
              return;
            }
          }
        });
  }

  private static boolean typing(Scene scene) {
    Node focus = scene.getFocusOwner();
    return focus instanceof TextInputControl;
  }

  private static boolean isPlain(KeyCombination keys) {
    return keys.getControl() != ModifierValue.DOWN
        && keys.getAlt() != ModifierValue.DOWN
        && keys.getMeta() != ModifierValue.DOWN
        && keys.getShortcut() != ModifierValue.DOWN;
  }
}
