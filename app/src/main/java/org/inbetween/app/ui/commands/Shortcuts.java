package org.inbetween.app.ui.commands;

import javafx.scene.input.KeyCharacterCombination;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyCombination.ModifierValue;

/**
 * Decides whether two shortcuts are pressed with the same keys. {@code KeyCombination.equals} is
 * not enough: "Shortcut+Z" is "Ctrl+Z" on Linux and Windows and "Meta+Z" on macOS, so a clash is
 * checked under both meanings and a shortcut that is free on one platform only still counts as a
 * conflict.
 */
final class Shortcuts {
  private Shortcuts() {}

  static boolean clash(KeyCombination a, KeyCombination b) {
    return key(a).equals(key(b))
        && (modifiers(a, false).equals(modifiers(b, false))
            || modifiers(a, true).equals(modifiers(b, true)));
  }

  private static String key(KeyCombination combination) {
    if (combination instanceof KeyCodeCombination code) {
      return "code:" + code.getCode().name();
    }
    if (combination instanceof KeyCharacterCombination character) {
      return "char:" + character.getCharacter().toUpperCase(java.util.Locale.ROOT);
    }
    return "other:" + combination.getName();
  }

  /** Shift, Ctrl, Alt, Meta as four flags, with Shortcut read as Meta on a Mac, Ctrl elsewhere. */
  private static String modifiers(KeyCombination c, boolean mac) {
    boolean shortcut = down(c.getShortcut());
    boolean ctrl = down(c.getControl()) || (shortcut && !mac);
    boolean meta = down(c.getMeta()) || (shortcut && mac);
    return "" + down(c.getShift()) + ctrl + down(c.getAlt()) + meta;
  }

  private static boolean down(ModifierValue value) {
    return value == ModifierValue.DOWN;
  }
}
