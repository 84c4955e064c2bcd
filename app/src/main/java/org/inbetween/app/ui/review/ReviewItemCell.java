package org.inbetween.app.ui.review;

import java.util.Locale;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.inbetween.app.review.ReviewItem;
import org.inbetween.app.ui.commands.UiText;

/**
 * A queue entry: frame number, a "reopened" badge (with the reason as tooltip) when a pseudo-label
 * run took its acceptance back, the disagreement with the chosen model layer and the confidence
 * where known, and a state badge coloured by CSS.
 */
final class ReviewItemCell extends ListCell<ReviewItem> {
  private final UiText text;
  private final Label frame = new Label();
  private final Label confidence = new Label();
  private final Label disagreement = new Label();
  private final Label state = new Label();
  private final Label reopened = new Label();
  private final HBox layout;

  ReviewItemCell(UiText text) {
    this.text = text;
    frame.getStyleClass().add("review-item-frame");
    confidence.getStyleClass().add("review-item-confidence");
    disagreement.getStyleClass().add("review-item-disagreement");
    state.getStyleClass().add("state-badge");
    Region gap = new Region();
    HBox.setHgrow(gap, Priority.ALWAYS);
    reopened.getStyleClass().add("review-item-reopened");
    reopened.setText(text.format("review.item.reopenedBadge"));
    layout = new HBox(frame, gap, reopened, disagreement, confidence, state);
    layout.getStyleClass().add("review-item");
  }

  @Override
  protected void updateItem(ReviewItem item, boolean empty) {
    super.updateItem(item, empty);
    setText(null);
    if (empty || item == null) {
      setGraphic(null);
      return;
    }
    frame.setText(text.format("review.item.frame", item.frame()));
    confidence.setText(
        item.confidence().isPresent()
            ? text.format("review.item.confidence", item.confidence().getAsDouble())
            : "");
    disagreement.setText(
        item.disagreement().isPresent()
            ? text.format("review.item.disagreement", item.disagreement().getAsDouble())
            : "");
    state.setText(text.format("review.state." + item.state().name()));
    state.getStyleClass().removeIf(style -> style.startsWith("state-is-"));
    state.getStyleClass().add("state-is-" + item.state().name().toLowerCase(Locale.ROOT));
    setTooltip(
        item.reopenedBecause().isEmpty()
            ? null
            : new Tooltip(text.format("review.item.reopened", item.reopenedBecause())));
    reopened.setVisible(!item.reopenedBecause().isEmpty());
    reopened.setManaged(reopened.isVisible());
    setGraphic(layout);
  }
}
