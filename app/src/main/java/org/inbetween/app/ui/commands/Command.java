package org.inbetween.app.ui.commands;

import java.util.Objects;
import java.util.Optional;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.input.KeyCombination;

/**
 * One action of the window, declared once: menus, toolbar buttons, keyboard shortcuts and the F1
 * overlay are all rendered from this value, so a label, a shortcut or the enabled state can never
 * differ between them.
 *
 * <pre>{@code
 * Command accept =
 *     Command.of("review.accept", "menu.review", "command.review.accept",
 *             new KeyCodeCombination(KeyCode.A), model::accept)
 *         .enabledWhen(model.canDecide());
 * }</pre>
 *
 * @param id a stable identifier, "area.action"; also names its toolbar button
 * @param menuKey the UI-string key of the menu it is listed under (menus group by this key)
 * @param labelKey the UI-string key of its label
 * @param accelerator its default shortcut; null when it has none
 * @param enabled whether it can run now; menus, buttons and shortcuts follow it
 * @param action what it does; runs on the JavaFX thread
 */
public record Command(
    String id,
    String menuKey,
    String labelKey,
    KeyCombination accelerator,
    ObservableBooleanValue enabled,
    Runnable action) {
  public Command {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(menuKey, "menuKey");
    Objects.requireNonNull(labelKey, "labelKey");
    Objects.requireNonNull(enabled, "enabled");
    Objects.requireNonNull(action, "action");
    if (!id.matches("[a-z][A-Za-z0-9]*(\\.[a-z][A-Za-z0-9]*)+")) {
      throw new IllegalArgumentException(
          "command id must look like \"area.action\" (letters and digits), was \"" + id + "\"");
    }
  }

  /** A command that is always enabled; see {@link #enabledWhen}. */
  public static Command of(
      String id, String menuKey, String labelKey, KeyCombination accelerator, Runnable action) {
    return new Command(
        id, menuKey, labelKey, accelerator, new ReadOnlyBooleanWrapper(true), action);
  }

  /** This command, enabled only while {@code condition} holds. */
  public Command enabledWhen(ObservableBooleanValue condition) {
    return new Command(id, menuKey, labelKey, accelerator, condition, action);
  }

  public Optional<KeyCombination> shortcut() {
    return Optional.ofNullable(accelerator);
  }

  /** Runs the action if the command is enabled; returns whether it ran. */
  public boolean execute() {
    if (!enabled.get()) {
      return false;
    }
    action.run();
    return true;
  }

  /** The id of the node that renders it, e.g. "cmd-review-accept" (CSS ids have no dots). */
  public String nodeId() {
    return "cmd-" + id.replace('.', '-');
  }
}
