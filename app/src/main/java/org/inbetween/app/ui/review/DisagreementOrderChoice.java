package org.inbetween.app.ui.review;

import java.util.ArrayList;
import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.util.StringConverter;
import org.inbetween.app.project.MachineLayer;
import org.inbetween.app.ui.commands.UiText;

/**
 * "Order: [confidence | disagreement with model/…]" above the review queue, bound to a {@link
 * DisagreementOrder}; a spinner shows while the disagreement is computed. The combo box's items are
 * layer folders, "" standing for confidence order. Node id {@code review-order}.
 */
final class DisagreementOrderChoice extends HBox {
  private static final String CONFIDENCE = "";

  private final ComboBox<String> choice = new ComboBox<>();

  DisagreementOrderChoice(DisagreementOrder order, UiText text) {
    getStyleClass().add("review-order");
    setAlignment(Pos.CENTER_LEFT);
    setSpacing(6);
    choice.setId("review-order");
    choice.setFocusTraversable(false);
    choice.setConverter(
        new StringConverter<>() {
          @Override
          public String toString(String folder) {
            return folder == null || folder.equals(CONFIDENCE)
                ? text.format("review.order.confidence")
                : text.format("review.order.disagreement", folder);
          }

          @Override
          public String fromString(String shown) {
            return shown;
          }
        });
    order.models().addListener((ListChangeListener<MachineLayer>) change -> list(order));
    list(order);
    choice
        .valueProperty()
        .addListener(
            (obs, old, folder) ->
                order
                    .chosenProperty()
                    .set(
                        folder == null || folder.equals(CONFIDENCE)
                            ? null
                            : new MachineLayer(folder)));
    ProgressIndicator computing = new ProgressIndicator();
    computing.setPrefSize(16, 16);
    computing.visibleProperty().bind(order.computingProperty());
    Label title = new Label(text.format("review.order"));
    title.setMinWidth(Region.USE_PREF_SIZE);
    getChildren().addAll(title, choice, computing);
  }

  private void list(DisagreementOrder order) {
    String was = choice.getValue();
    List<String> items = new ArrayList<>(List.of(CONFIDENCE));
    order.models().forEach(layer -> items.add(layer.folder()));
    choice.getItems().setAll(items);
    choice.setValue(was != null && items.contains(was) ? was : CONFIDENCE);
  }
}
