package org.inbetween.app.ui.commands;

import javafx.beans.binding.Bindings;
import javafx.scene.control.Button;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;

/**
 * Renders chosen commands as buttons: label, a tooltip with the shortcut, disabled while the
 * command is. The caller picks which commands deserve a button; the registry holds them all.
 */
public final class CommandToolBar {
  private CommandToolBar() {}

  /** A button for the registered command {@code id}. */
  public static Button button(CommandRegistry registry, UiText text, String id) {
    Command command = registry.get(id);
    Button button = new Button(text.format(command.labelKey()));
    button.setId(command.nodeId());
    button.setTooltip(new Tooltip(tooltip(command, text)));
    button.disableProperty().bind(Bindings.not(command.enabled()));
    button.setOnAction(event -> command.execute());
    button.setFocusTraversable(false);
    return button;
  }

  /** A row of buttons for the registered commands {@code ids}, in that order. */
  public static HBox bar(CommandRegistry registry, UiText text, String... ids) {
    HBox bar = new HBox();
    bar.getStyleClass().add("command-bar");
    for (String id : ids) {
      bar.getChildren().add(button(registry, text, id));
    }
    return bar;
  }

  /** "Accept (A)": the label with its shortcut, so the keyboard is learnt by hovering. */
  static String tooltip(Command command, UiText text) {
    String label = text.format(command.labelKey());
    return command.shortcut().map(k -> label + " (" + k.getDisplayText() + ")").orElse(label);
  }
}
