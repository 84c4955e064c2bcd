package org.inbetween.app.ui.tools;

import javafx.beans.binding.Bindings;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Separator;
import javafx.scene.control.Slider;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import org.inbetween.app.ui.commands.UiText;

/**
 * The tool bar: one toggle per tool, the brush size, undo/redo, and a line saying what a tool could
 * not do. Holds no state; everything is bound to {@link MaskTools} and its editor.
 */
public final class ToolPalette {
  private final HBox root = new HBox();

  public ToolPalette(MaskTools tools, UiText strings) {
    root.getStyleClass().add("tool-palette");
    ToggleGroup group = new ToggleGroup();
    for (ToolKind kind : ToolKind.values()) {
      ToggleButton button = new ToggleButton(strings.format(kind.key()));
      button.setId(kind.nodeId());
      button.setUserData(kind);
      button.setTooltip(new Tooltip(strings.format(kind.key() + ".tooltip")));
      button.setToggleGroup(group);
      button.setSelected(tools.kindProperty().get() == kind);
      root.getChildren().add(button);
    }
    group
        .selectedToggleProperty()
        .addListener(
            (obs, old, now) -> {
              if (now == null) {
                old.setSelected(true); // one tool is always active
              } else {
                tools.kindProperty().set((ToolKind) now.getUserData());
              }
            });
    tools
        .kindProperty()
        .addListener(
            (obs, old, now) ->
                group.getToggles().stream()
                    .filter(t -> t.getUserData() == now)
                    .forEach(t -> t.setSelected(true)));
    MaskEditor editor = tools.editor();
    root.getChildren()
        .addAll(
            new Separator(Orientation.VERTICAL),
            brushSize(editor.brush(), strings),
            new Separator(Orientation.VERTICAL),
            button("tools.undo", editor::undo, editor.canUndoProperty().not(), strings),
            button("tools.redo", editor::redo, editor.canRedoProperty().not(), strings),
            message(editor));
  }

  public Node root() {
    return root;
  }

  private static Node brushSize(BrushSettings brush, UiText strings) {
    Slider slider = new Slider(BrushSettings.MIN_RADIUS, BrushSettings.MAX_RADIUS, brush.radius());
    slider.setId("brush-size");
    slider.setTooltip(new Tooltip(strings.format("tools.brushSize.tooltip")));
    slider
        .valueProperty()
        .addListener((obs, old, now) -> brush.radiusProperty().set(now.intValue()));
    brush.radiusProperty().addListener((obs, old, now) -> slider.setValue(now.intValue()));
    Label value = new Label();
    value.setId("brush-size-value");
    value
        .textProperty()
        .bind(
            Bindings.createStringBinding(
                () -> strings.format("tools.brushSize", brush.radius()), brush.radiusProperty()));
    return new HBox(4, slider, value);
  }

  private static Button button(
      String key,
      Runnable action,
      javafx.beans.value.ObservableBooleanValue disabled,
      UiText strings) {
    Button button = new Button(strings.format(key));
    button.setId(key.replace("tools.", ""));
    button.setTooltip(new Tooltip(strings.format(key + ".tooltip")));
    button.setOnAction(e -> action.run());
    button.disableProperty().bind(disabled);
    return button;
  }

  private static Node message(MaskEditor editor) {
    Label message = new Label();
    message.setId("tool-message");
    message.getStyleClass().add("tool-message");
    message.textProperty().bind(editor.messageProperty());
    return message;
  }
}
