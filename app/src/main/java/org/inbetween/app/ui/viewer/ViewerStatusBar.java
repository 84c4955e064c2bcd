package org.inbetween.app.ui.viewer;

import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.inbetween.app.ui.commands.UiText;

/**
 * The bar under the frame: transport buttons, the always-visible frame index, time and state, the
 * zoom level with Fit and 1:1, and (only when a frame failed to load) why.
 */
final class ViewerStatusBar extends HBox {
  private final Label failure = new Label();

  ViewerStatusBar(ViewerViewModel model, FrameView view, UiText strings) {
    getStyleClass().add("viewer-status-bar");
    setAlignment(Pos.CENTER_LEFT);
    Button play = button(strings, "transport.play", model::togglePlay);
    play.textProperty()
        .bind(
            Bindings.when(model.playingProperty())
                .then(strings.format("transport.pause"))
                .otherwise(strings.format("transport.play")));

    Label status = new Label();
    status.setId("viewer-status");
    status.getStyleClass().add("viewer-status");
    status.textProperty().bind(model.statusText());

    Label zoom = new Label();
    zoom.setId("zoom-level");
    zoom.getStyleClass().add("zoom-level");
    zoom.textProperty()
        .bind(
            Bindings.createStringBinding(
                () -> strings.format("viewer.zoom", 100 * view.viewport().scale()),
                view.viewportProperty()));

    failure.setId("viewer-failure");
    failure.getStyleClass().add("viewer-failure");
    failure.visibleProperty().bind(failure.textProperty().isNotEmpty());
    failure.managedProperty().bind(failure.visibleProperty());

    Region spring = new Region();
    HBox.setHgrow(spring, Priority.ALWAYS);
    getChildren()
        .addAll(
            button(strings, "transport.first", model::first),
            button(strings, "transport.backInterval", model::backInterval),
            button(strings, "transport.previous", model::previous),
            play,
            button(strings, "transport.next", model::next),
            button(strings, "transport.forwardInterval", model::forwardInterval),
            button(strings, "transport.last", model::last),
            status,
            failure,
            spring,
            zoom,
            button(strings, "zoom.fit", view::fit),
            button(strings, "zoom.oneToOne", view::oneToOne));
  }

  /** Shows why the current frame could not be shown; an empty text hides the message. */
  void showFailure(String message) {
    failure.setText(message);
  }

  private static Button button(UiText strings, String key, Runnable action) {
    Button button = new Button(strings.format(key));
    button.setId(key.replace('.', '-'));
    button.setTooltip(new Tooltip(strings.format(key + ".tooltip")));
    button.setFocusTraversable(false);
    button.setOnAction(event -> action.run());
    return button;
  }
}
