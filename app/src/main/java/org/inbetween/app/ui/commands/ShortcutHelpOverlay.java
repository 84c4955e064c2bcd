package org.inbetween.app.ui.commands;

import java.util.List;
import java.util.Map;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * The F1 overlay: a translucent panel over the window listing every command with its shortcut,
 * grouped by menu. Built from the registry each time it opens, so it can never be out of date; Esc
 * or F1 closes it.
 *
 * <p>Put {@link #node()} as the top layer of a {@code StackPane} that covers the window, call
 * {@link #install(Scene)}, and register {@link #command()}.
 */
public final class ShortcutHelpOverlay {
  /** The shortcut that opens and closes the overlay. */
  public static final KeyCodeCombination KEY = new KeyCodeCombination(KeyCode.F1);

  /** Menus side by side up to this width, then on the next row (not settable from CSS). */
  private static final double WRAP_WIDTH = 820;

  private final CommandRegistry registry;
  private final UiText text;
  private final StackPane layer = new StackPane();

  public ShortcutHelpOverlay(CommandRegistry registry, UiText text) {
    this.registry = registry;
    this.text = text;
    layer.setId("shortcut-help");
    layer.getStyleClass().add("shortcut-help");
    layer.getStylesheets().add(UiText.stylesheet("commands.css"));
    layer.setVisible(false);
    layer.setManaged(false);
    layer.setOnMouseClicked(event -> hide());
  }

  /** The layer to stack over the window's content. */
  public Node node() {
    return layer;
  }

  /** The help command (F1) that toggles this overlay, to register with the others. */
  public Command command() {
    return command(this::toggle);
  }

  /** The help command (F1) with any action: for checks of the declared shortcuts. */
  public static Command command(Runnable toggle) {
    return Command.of("help.shortcuts", "menu.help", "command.help.shortcuts", KEY, toggle);
  }

  /**
   * Closes the overlay on Esc or F1 while it is open, before anything else sees the key (unless the
   * help command's own shortcut already handled it).
   */
  public void install(Scene scene) {
    scene.addEventFilter(
        KeyEvent.KEY_PRESSED,
        event -> {
          if (!event.isConsumed()
              && isShowing()
              && (event.getCode() == KeyCode.ESCAPE || KEY.match(event))) {
            hide();
            event.consume();
          }
        });
  }

  public boolean isShowing() {
    return layer.isVisible();
  }

  public void toggle() {
    if (isShowing()) {
      hide();
    } else {
      show();
    }
  }

  public void show() {
    layer.getChildren().setAll(card());
    layer.setManaged(true);
    layer.setVisible(true);
    layer.toFront();
  }

  public void hide() {
    layer.setVisible(false);
    layer.setManaged(false);
    layer.getChildren().clear();
  }

  private VBox card() {
    Label title = new Label(text.format("help.title"));
    title.getStyleClass().add("help-title");
    FlowPane groups = new FlowPane();
    groups.getStyleClass().add("help-groups");
    groups.setPrefWrapLength(WRAP_WIDTH);
    for (Map.Entry<String, List<Command>> menu : registry.byMenu().entrySet()) {
      groups.getChildren().add(group(text.format(menu.getKey()), menu.getValue()));
    }
    Label hint = new Label(text.format("help.close"));
    hint.getStyleClass().add("help-hint");
    VBox card = new VBox(title, groups, hint);
    card.getStyleClass().add("help-card");
    card.setMaxSize(VBox.USE_PREF_SIZE, VBox.USE_PREF_SIZE);
    card.setOnMouseClicked(event -> event.consume());
    StackPane.setAlignment(card, Pos.CENTER);
    return card;
  }

  private VBox group(String heading, List<Command> commands) {
    Label header = new Label(heading.replace("_", ""));
    header.getStyleClass().add("help-group-title");
    GridPane rows = new GridPane();
    rows.getStyleClass().add("help-rows");
    int row = 0;
    for (Command command : commands) {
      Label keys = new Label(command.shortcut().map(k -> k.getDisplayText()).orElse("\u2014"));
      keys.getStyleClass().add("help-keys");
      Label label = new Label(text.format(command.labelKey()));
      label.getStyleClass().add("help-label");
      rows.addRow(row++, keys, label);
    }
    VBox group = new VBox(header, rows);
    group.getStyleClass().add("help-group");
    return group;
  }
}
