package org.inbetween.app.ui.objects;

import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;
import org.inbetween.app.project.TrackedObject;
import org.inbetween.app.ui.commands.UiText;

/**
 * One object in the list: colour swatch, number key, name, and a hide toggle. Renamed in place: a
 * double-click, F2 or the "+" that just added it turns the name into a text field; Enter keeps the
 * new name, Esc keeps the old one.
 */
final class ObjectCell extends ListCell<TrackedObject> {
  private final ObjectListViewModel model;
  private final Rectangle swatch = new Rectangle(14, 14);
  private final Label name = new Label();
  private final TextField editor = new TextField();
  private final ToggleButton hide = new ToggleButton("\u25cc");
  private final HBox row;

  ObjectCell(ObjectListViewModel model, UiText strings) {
    this.model = model;
    swatch.getStyleClass().add("swatch");
    hide.getStyleClass().add("hide-toggle");
    hide.setTooltip(new Tooltip(strings.format("objects.hide.tooltip")));
    hide.setOnAction(
        e -> {
          if (getItem() != null) {
            model.toggleHidden(getItem().id());
          }
        });
    editor.setId("object-rename-field");
    editor.setOnAction(e -> commitEdit(getItem()));
    editor.setOnKeyPressed(
        e -> {
          if (e.getCode() == KeyCode.ESCAPE) {
            cancelEdit();
            e.consume();
          }
        });
    HBox.setHgrow(editor, Priority.ALWAYS);
    Region spacer = new Region();
    HBox.setHgrow(spacer, Priority.ALWAYS);
    row = new HBox(swatch, name, spacer, hide);
    row.getStyleClass().add("object-row");
  }

  @Override
  public void startEdit() {
    if (getItem() == null) {
      return;
    }
    super.startEdit();
    if (isEditing()) {
      editor.setText(getItem().name());
      row.getChildren().set(1, editor);
      editor.requestFocus();
      editor.selectAll();
    }
  }

  @Override
  public void commitEdit(TrackedObject object) {
    String typed = editor.getText();
    super.commitEdit(object);
    row.getChildren().set(1, name);
    if (object != null) {
      model.rename(object.id(), typed);
    }
  }

  @Override
  public void cancelEdit() {
    super.cancelEdit();
    row.getChildren().set(1, name);
  }

  @Override
  protected void updateItem(TrackedObject object, boolean empty) {
    super.updateItem(object, empty);
    if (empty || object == null) {
      setGraphic(null);
      setId(null);
      return;
    }
    if (!isEditing()) {
      row.getChildren().set(1, name);
    }
    int number = getIndex() + 1;
    swatch.setFill(
        Color.rgb(object.rgb() >> 16 & 0xFF, object.rgb() >> 8 & 0xFF, object.rgb() & 0xFF));
    name.setText(
        number <= ObjectListViewModel.NUMBER_KEYS ? number + "  " + object.name() : object.name());
    boolean hidden = model.hiddenIds().contains(object.id());
    hide.setSelected(hidden);
    hide.setId("hide-" + object.id());
    name.getStyleClass().remove("hidden-object");
    if (hidden) {
      name.getStyleClass().add("hidden-object");
    }
    setId("object-" + object.id());
    setGraphic(row);
  }
}
