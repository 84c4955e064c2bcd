package org.inbetween.app.ui.commands;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every command of the window, in the order declared. Each part of the editor contributes its own
 * ({@link #register}); the menu bar, toolbars, scene shortcuts and the F1 overlay are rendered from
 * here once everything is registered.
 *
 * <p>Registration refuses a second command with the same id or with a shortcut that clashes with
 * one already taken (on any platform, see {@link Shortcuts}), naming both commands: a conflict is
 * found when the window is built, not by a user whose key does the wrong thing.
 */
public final class CommandRegistry {
  private final Map<String, Command> byId = new LinkedHashMap<>();

  /**
   * Adds {@code commands}; all or none.
   *
   * @throws IllegalArgumentException on a duplicate id or a clashing shortcut
   */
  public void register(Command... commands) {
    List<Command> accepted = new ArrayList<>(byId.values());
    for (Command command : commands) {
      for (Command other : accepted) {
        if (other.id().equals(command.id())) {
          throw new IllegalArgumentException("command \"" + command.id() + "\" is declared twice");
        }
        if (command.accelerator() != null
            && other.accelerator() != null
            && Shortcuts.clash(command.accelerator(), other.accelerator())) {
          throw new IllegalArgumentException(
              "shortcut "
                  + command.accelerator().getName()
                  + " of \""
                  + command.id()
                  + "\" is already taken by \""
                  + other.id()
                  + "\" ("
                  + other.accelerator().getName()
                  + ")");
        }
      }
      accepted.add(command);
    }
    for (Command command : commands) {
      byId.put(command.id(), command);
    }
  }

  /** All commands, in registration order. */
  public List<Command> commands() {
    return List.copyOf(byId.values());
  }

  public Optional<Command> find(String id) {
    return Optional.ofNullable(byId.get(id));
  }

  /** The command {@code id}; a missing one is a wiring mistake, hence unchecked. */
  public Command get(String id) {
    return find(id)
        .orElseThrow(() -> new IllegalArgumentException("no command \"" + id + "\" registered"));
  }

  /** Commands grouped by menu key, menus in the order their first command was registered. */
  public Map<String, List<Command>> byMenu() {
    Map<String, List<Command>> menus = new LinkedHashMap<>();
    for (Command command : byId.values()) {
      menus.computeIfAbsent(command.menuKey(), k -> new ArrayList<>()).add(command);
    }
    menus.replaceAll((key, list) -> Collections.unmodifiableList(list));
    return Collections.unmodifiableMap(menus);
  }
}
