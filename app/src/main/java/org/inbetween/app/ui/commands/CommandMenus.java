package org.inbetween.app.ui.commands;

import java.util.List;
import java.util.Map;
import javafx.beans.binding.Bindings;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;

/** Renders the registry as a menu bar: one menu per menu key, items with their shortcuts. */
public final class CommandMenus {
  private CommandMenus() {}

  /** A menu bar of every registered command; register everything first. */
  public static MenuBar menuBar(CommandRegistry registry, UiText text) {
    MenuBar bar = new MenuBar();
    bar.setId("menu-bar");
    for (Map.Entry<String, List<Command>> menu : registry.byMenu().entrySet()) {
      Menu rendered = new Menu(text.format(menu.getKey()));
      rendered.setId(menu.getKey().replace('.', '-'));
      for (Command command : menu.getValue()) {
        rendered.getItems().add(item(command, text));
      }
      bar.getMenus().add(rendered);
    }
    return bar;
  }

  private static MenuItem item(Command command, UiText text) {
    MenuItem item = new MenuItem(text.format(command.labelKey()));
    item.setId(command.nodeId());
    item.setAccelerator(command.accelerator());
    item.disableProperty().bind(Bindings.not(command.enabled()));
    item.setOnAction(event -> command.execute());
    return item;
  }
}
