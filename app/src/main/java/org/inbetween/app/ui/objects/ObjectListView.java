package org.inbetween.app.ui.objects;

import java.util.function.Predicate;
import javafx.collections.SetChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ColorPicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import org.inbetween.app.project.TrackedObject;
import org.inbetween.app.ui.commands.UiText;

/**
 * The object panel: "+" and Rename over the list (selecting a row makes it the current object;
 * names are typed in place), a colour picker, Delete (after a confirmation), and the "absent on
 * this frame" box for the current object. All state lives in {@link ObjectListViewModel}.
 */
public final class ObjectListView {
  private final ObjectListViewModel model;
  private final UiText strings;
  private final ListView<TrackedObject> list = new ListView<>();
  private final VBox root = new VBox();
  private Predicate<TrackedObject> confirmDelete = this::askBeforeDeleting;

  public ObjectListView(ObjectListViewModel model, UiText strings) {
    this.model = model;
    this.strings = strings;
    root.getStyleClass().add("object-list");
    list.setId("object-list");
    list.setItems(model.objects());
    list.setCellFactory(view -> new ObjectCell(model, strings));
    VBox.setVgrow(list, Priority.ALWAYS);
    model.hiddenIds().addListener((SetChangeListener<Integer>) change -> list.refresh());
    bindSelection();
    list.setEditable(true);
    list.setOnKeyPressed(
        e -> {
          if (e.getCode() == KeyCode.F2 && selected() != null) {
            renameInPlace(selected().id());
            e.consume();
          }
        });
    root.getChildren().addAll(header(), list, colourRow(), absentBox());
  }

  public Node root() {
    return root;
  }

  /** Replaces the confirmation dialog before deleting (tests, or a lead's own dialog). */
  public void setConfirmDelete(Predicate<TrackedObject> confirm) {
    this.confirmDelete = confirm;
  }

  private void bindSelection() {
    list.getSelectionModel()
        .selectedItemProperty()
        .addListener(
            (obs, old, now) -> {
              if (now != null) {
                model.currentObjectIdProperty().set(now.id());
              }
            });
    Runnable showCurrent =
        () ->
            model.objects().stream()
                .filter(o -> o.id() == model.currentObjectIdProperty().get())
                .findFirst()
                .ifPresentOrElse(
                    o -> list.getSelectionModel().select(o),
                    () -> list.getSelectionModel().clearSelection());
    model.currentObjectIdProperty().addListener((obs, old, now) -> showCurrent.run());
    model
        .objects()
        .addListener((javafx.collections.ListChangeListener<TrackedObject>) c -> showCurrent.run());
    showCurrent.run();
  }

  /**
   * The heading with "+": adds "object N" at once and opens its name for typing in place, so a new
   * object costs one click and needs no name thought up in advance.
   */
  private Node header() {
    Label title = new Label(strings.format("objects.title"));
    Region gap = new Region();
    HBox.setHgrow(gap, Priority.ALWAYS);
    Button add = button("objects.add", "object-add");
    add.setOnAction(
        e ->
            model.add(
                "",
                strings.format("objects.defaultName", model.objects().size() + 1),
                added -> renameInPlace(added.id())));
    Button rename = button("objects.rename", "object-rename");
    rename.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
    rename.setOnAction(e -> renameInPlace(selected().id()));
    HBox header = new HBox(4, title, gap, rename, add);
    header.setAlignment(Pos.CENTER_LEFT);
    return header;
  }

  /** Opens the name of object {@code id} for typing, in its row. */
  private void renameInPlace(int id) {
    for (int i = 0; i < list.getItems().size(); i++) {
      if (list.getItems().get(i).id() == id) {
        list.getSelectionModel().select(i);
        list.scrollTo(i);
        list.layout();
        list.edit(i);
        return;
      }
    }
  }

  private Node colourRow() {
    ColorPicker colour = new ColorPicker();
    colour.setId("object-colour");
    colour.setTooltip(new Tooltip(strings.format("objects.colour.tooltip")));
    colour.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
    Runnable showColour =
        () -> {
          TrackedObject now = selected();
          colour.setValue(now == null ? Color.GRAY : toColor(now.rgb()));
        };
    // also on the first selection (made before this row existed) and after a recolour
    list.getSelectionModel()
        .selectedItemProperty()
        .addListener((obs, old, now) -> showColour.run());
    model
        .objects()
        .addListener((javafx.collections.ListChangeListener<TrackedObject>) c -> showColour.run());
    showColour.run();
    colour.setOnAction(e -> model.recolour(selected().id(), toRgb(colour.getValue())));
    Button delete = button("objects.delete", "object-delete");
    delete.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
    delete.setOnAction(
        e -> {
          TrackedObject object = selected();
          if (confirmDelete.test(object)) {
            model.delete(object.id());
          }
        });
    return new HBox(4, colour, delete);
  }

  private Node absentBox() {
    CheckBox absent = new CheckBox(strings.format("objects.absent"));
    absent.setId("object-absent");
    absent.setTooltip(new Tooltip(strings.format("objects.absent.tooltip")));
    absent.setSelected(model.currentAbsentProperty().get());
    model.currentAbsentProperty().addListener((obs, old, now) -> absent.setSelected(now));
    absent.setOnAction(e -> model.setCurrentAbsent(absent.isSelected()));
    absent.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
    return absent;
  }

  private TrackedObject selected() {
    return list.getSelectionModel().getSelectedItem();
  }

  private boolean askBeforeDeleting(TrackedObject object) {
    Alert alert =
        new Alert(
            Alert.AlertType.CONFIRMATION,
            strings.format("objects.delete.confirm", object.name()),
            ButtonType.OK,
            ButtonType.CANCEL);
    alert.initOwner(root.getScene() == null ? null : root.getScene().getWindow());
    return alert.showAndWait().filter(ButtonType.OK::equals).isPresent();
  }

  private Button button(String key, String id) {
    Button button = new Button(strings.format(key));
    button.setId(id);
    button.setTooltip(new Tooltip(strings.format(key + ".tooltip")));
    return button;
  }

  private static Color toColor(int rgb) {
    return Color.rgb(rgb >> 16 & 0xFF, rgb >> 8 & 0xFF, rgb & 0xFF);
  }

  private static int toRgb(Color colour) {
    return (int) Math.round(colour.getRed() * 255) << 16
        | (int) Math.round(colour.getGreen() * 255) << 8
        | (int) Math.round(colour.getBlue() * 255);
  }
}
