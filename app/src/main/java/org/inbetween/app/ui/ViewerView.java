package org.inbetween.app.ui;

import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.Tooltip;
import javafx.scene.image.ImageView;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;

/**
 * The frame viewer: the frame scaled to fit (aspect kept) with its mask overlay, and below it
 * previous/next buttons, a frame slider, the position text and a mask toggle. Holds no state of its
 * own; everything it shows comes from {@link FrameViewModel} or from {@link #show}.
 */
final class ViewerView {
  private final FrameViewModel model;
  private final ImageView picture = new ImageView();
  private final ImageView overlay = new ImageView();
  private final Label status = new Label();
  private final BorderPane root = new BorderPane();

  ViewerView(FrameViewModel model, UiStrings strings) {
    this.model = model;
    root.getStyleClass().add("viewer");
    root.setCenter(frameArea());
    root.setBottom(controls(strings));
  }

  Parent root() {
    return root;
  }

  /** Puts a loaded frame on screen and clears any earlier failure message. */
  void show(ShownFrame frame) {
    picture.setImage(frame.picture());
    overlay.setImage(frame.overlay().orElse(null));
    status.setText("");
  }

  /** Shows why the current frame could not be shown, over the last frame that could. */
  void showFailure(String message) {
    status.setText(message);
  }

  /**
   * Left/Right step one frame and Home/End jump to the ends, wherever the focus is (a filter, so
   * buttons do not turn the arrows into focus moves).
   */
  void installKeys(Scene scene) {
    scene.addEventFilter(
        KeyEvent.KEY_PRESSED,
        event -> {
          switch (event.getCode()) {
            case LEFT -> model.previous();
            case RIGHT -> model.next();
            case HOME -> model.first();
            case END -> model.last();
            default -> {
              return;
            }
          }
          event.consume();
        });
  }

  private StackPane frameArea() {
    picture.setId("frame");
    overlay.setId("masks");
    StackPane area = new StackPane(picture, overlay, status);
    area.getStyleClass().add("frame-area");
    area.setMinSize(0, 0);
    for (ImageView view : new ImageView[] {picture, overlay}) {
      view.setPreserveRatio(true);
      view.setSmooth(true);
      view.fitWidthProperty().bind(area.widthProperty());
      view.fitHeightProperty().bind(area.heightProperty());
    }
    status.setId("status");
    status.getStyleClass().add("status");
    status.visibleProperty().bind(status.textProperty().isNotEmpty());
    StackPane.setAlignment(status, Pos.TOP_LEFT);
    return area;
  }

  private HBox controls(UiStrings strings) {
    Button previous = button(strings, "viewer.previous", model::previous);
    previous.setId("previous");
    previous.disableProperty().bind(model.atFirst());
    Button next = button(strings, "viewer.next", model::next);
    next.setId("next");
    next.disableProperty().bind(model.atLast());

    Slider slider = new Slider(0, model.frameCount() - 1, model.index());
    slider.setId("frame-slider");
    slider.setBlockIncrement(1);
    slider
        .valueProperty()
        .addListener((obs, old, value) -> model.goTo((int) Math.round(value.doubleValue())));
    model.indexProperty().addListener((obs, old, index) -> slider.setValue(index.intValue()));
    HBox.setHgrow(slider, Priority.ALWAYS);

    Label position = new Label();
    position.setId("position");
    position.getStyleClass().add("position");
    position.textProperty().bind(model.positionText());

    CheckBox masks = new CheckBox(strings.format("viewer.masks"));
    masks.setId("show-masks");
    masks.setTooltip(new Tooltip(strings.format("viewer.masks.tooltip")));
    masks.setSelected(true);
    overlay.visibleProperty().bind(masks.selectedProperty());

    HBox bar = new HBox(previous, slider, next, position, masks);
    bar.getStyleClass().add("controls");
    bar.setAlignment(Pos.CENTER_LEFT);
    return bar;
  }

  private static Button button(UiStrings strings, String key, Runnable action) {
    Button button = new Button(strings.format(key));
    button.setTooltip(new Tooltip(strings.format(key + ".tooltip")));
    button.setOnAction(event -> action.run());
    return button;
  }
}
