package org.inbetween.app.ui.review;

import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.inbetween.app.review.ReviewCounts;
import org.inbetween.app.review.ReviewItem;
import org.inbetween.app.ui.commands.Command;
import org.inbetween.app.ui.commands.CommandRegistry;
import org.inbetween.app.ui.commands.CommandToolBar;
import org.inbetween.app.ui.commands.UiText;

/**
 * The review panel: counters that are always visible, the queue, the decision buttons, an inline
 * field for a rejection reason, and the range to accept at once. Everything it shows comes from
 * {@link ReviewViewModel}; its buttons come from the command registry ({@link #registerCommands}).
 */
public final class ReviewView {
  private final ReviewViewModel model;
  private final UiText text;
  private final VBox root = new VBox();
  private final ListView<ReviewItem> list = new ListView<>();
  private final TextField reason = new TextField();
  private final HBox reasonRow;
  private final VBox actions = new VBox();

  public ReviewView(ReviewViewModel model, UiText text) {
    this.model = model;
    this.text = text;
    root.setId("review-panel");
    root.getStyleClass().add("review-panel");
    root.getStylesheets().add(UiText.stylesheet("review.css"));
    reasonRow = reasonRow();
    root.getChildren()
        .addAll(header(), counts(), filter(), queue(), editingBanner(), actions, message());
  }

  public Parent root() {
    return root;
  }

  /**
   * Puts the choice of queue order (confidence, or disagreement with a model layer) above the
   * queue.
   */
  public void showOrderChoice(DisagreementOrder order) {
    root.getChildren()
        .add(root.getChildren().indexOf(list), new DisagreementOrderChoice(order, text));
  }

  /**
   * Registers the review commands ({@link ReviewCommands}) and puts their buttons on the panel.
   * Call once, before the window renders its menus and shortcuts from the registry.
   */
  public void registerCommands(CommandRegistry registry) {
    registry.register(ReviewCommands.of(model, this::beginReject).toArray(Command[]::new));
    HBox decisions =
        CommandToolBar.bar(
            registry, text, ReviewCommands.ACCEPT, ReviewCommands.REJECT, ReviewCommands.EDIT);
    decisions.getStyleClass().add("review-decisions");
    decisions.getChildren().forEach(button -> HBox.setHgrow(button, Priority.ALWAYS));
    HBox stepping =
        CommandToolBar.bar(registry, text, ReviewCommands.PREVIOUS, ReviewCommands.NEXT);
    stepping.getStyleClass().add("review-stepping");
    actions.getChildren().setAll(decisions, reasonRow, stepping, rangeRow(registry));
  }

  /** R: asks for an optional reason inline; Enter rejects, Esc goes back to reviewing. */
  public void beginReject() {
    if (!model.canDecide().get()) {
      return;
    }
    reason.clear();
    reasonRow.setVisible(true);
    reasonRow.setManaged(true);
    Platform.runLater(reason::requestFocus);
  }

  private void endReject(boolean confirmed) {
    String why = reason.getText();
    reasonRow.setVisible(false);
    reasonRow.setManaged(false);
    list.requestFocus();
    if (confirmed) {
      model.reject(why);
    }
  }

  private HBox header() {
    Label title = new Label(text.format("review.title"));
    title.getStyleClass().add("review-title");
    Label reviewer = new Label();
    reviewer.setId("review-reviewer");
    reviewer.getStyleClass().add("review-reviewer");
    // the session's name, shown so that nobody decides under someone else's name by accident
    reviewer
        .textProperty()
        .bind(
            Bindings.createStringBinding(
                () -> reviewerText(model.reviewerNameProperty().get()),
                model.reviewerNameProperty()));
    Region gap = new Region();
    HBox.setHgrow(gap, Priority.ALWAYS);
    HBox header = new HBox(title, gap, reviewer);
    header.setAlignment(Pos.BASELINE_LEFT);
    return header;
  }

  private String reviewerText(String name) {
    return name == null || name.isBlank()
        ? text.format("review.reviewer.unknown")
        : text.format("review.reviewer", name);
  }

  private HBox counts() {
    HBox row = new HBox();
    row.setId("review-counts");
    row.getStyleClass().add("review-counts");
    String[] names = {"accepted", "rejected", "corrected", "remaining"};
    for (int i = 0; i < names.length; i++) {
      int which = i;
      Label number = new Label();
      number.setId("review-count-" + names[i]);
      number.getStyleClass().add("count-number");
      number
          .textProperty()
          .bind(
              Bindings.createStringBinding(
                  () -> String.valueOf(count(model.countsProperty().get(), which)),
                  model.countsProperty()));
      Label caption = new Label(text.format("review.count." + names[i]));
      caption.getStyleClass().add("count-caption");
      VBox stat = new VBox(number, caption);
      stat.getStyleClass().addAll("count", "count-" + names[i]);
      HBox.setHgrow(stat, Priority.ALWAYS);
      stat.setMaxWidth(Double.MAX_VALUE);
      row.getChildren().add(stat);
    }
    return row;
  }

  private static int count(ReviewCounts counts, int which) {
    return switch (which) {
      case 0 -> counts.accepted();
      case 1 -> counts.rejected();
      case 2 -> counts.corrected();
      default -> counts.remaining();
    };
  }

  private CheckBox filter() {
    CheckBox all = new CheckBox(text.format("review.includeReviewed"));
    all.setId("review-include-reviewed");
    all.selectedProperty().bindBidirectional(model.includeReviewedProperty());
    all.setFocusTraversable(false);
    return all;
  }

  private ListView<ReviewItem> queue() {
    list.setId("review-queue");
    list.setItems(model.queue());
    list.setCellFactory(view -> new ReviewItemCell(text));
    list.setPlaceholder(new Label(text.format("review.empty")));
    VBox.setVgrow(list, Priority.ALWAYS);
    model
        .currentProperty()
        .addListener(
            (obs, old, item) -> {
              list.getSelectionModel().select(item);
              if (item != null) {
                list.scrollTo(item);
              }
            });
    list.getSelectionModel().select(model.currentProperty().get());
    // Only a click chooses an item: a selection that moves because the queue changed under it (a
    // frame left the queue after an edit) must not carry the viewer off to another frame.
    list.setOnMouseClicked(
        event -> {
          ReviewItem item = list.getSelectionModel().getSelectedItem();
          if (item != null && item != model.currentProperty().get()) {
            model.select(item);
          }
        });
    return list;
  }

  private HBox reasonRow() {
    reason.setId("review-reason");
    reason.setPromptText(text.format("review.reason.prompt"));
    reason.setOnAction(event -> endReject(true));
    // a filter: the text field's own Esc handling would swallow the key otherwise
    reason.addEventFilter(
        KeyEvent.KEY_PRESSED,
        event -> {
          if (event.getCode() == KeyCode.ESCAPE) {
            endReject(false);
            event.consume();
          }
        });
    HBox.setHgrow(reason, Priority.ALWAYS);
    HBox row = new HBox(reason);
    row.setId("review-reason-row");
    row.getStyleClass().add("review-reason-row");
    row.setVisible(false);
    row.setManaged(false);
    return row;
  }

  private HBox editingBanner() {
    Label what = new Label();
    what.getStyleClass().add("review-editing-text");
    what.textProperty()
        .bind(
            Bindings.createStringBinding(
                () -> text.format("review.editing", model.editingFrameProperty().get()),
                model.editingFrameProperty()));
    what.setWrapText(true);
    HBox.setHgrow(what, Priority.ALWAYS);
    Button stop = new Button(text.format("review.editing.cancel"));
    stop.setId("review-cancel-edit");
    stop.setOnAction(event -> model.cancelEdit());
    HBox banner = new HBox(what, stop);
    banner.setId("review-editing");
    banner.getStyleClass().add("review-editing");
    banner.setAlignment(Pos.CENTER_LEFT);
    banner
        .visibleProperty()
        .bind(model.editingFrameProperty().isNotEqualTo(ReviewViewModel.NOT_EDITING));
    banner.managedProperty().bind(banner.visibleProperty());
    return banner;
  }

  private VBox rangeRow(CommandRegistry registry) {
    int last = Math.max(0, model.rangeToProperty().get());
    Spinner<Integer> from = spinner("review-range-from", last, model.rangeFromProperty().get());
    Spinner<Integer> to = spinner("review-range-to", last, last);
    from.valueProperty().addListener((obs, old, value) -> model.rangeFromProperty().set(value));
    to.valueProperty().addListener((obs, old, value) -> model.rangeToProperty().set(value));
    model
        .rangeFromProperty()
        .addListener((obs, old, value) -> from.getValueFactory().setValue(value.intValue()));
    model
        .rangeToProperty()
        .addListener((obs, old, value) -> to.getValueFactory().setValue(value.intValue()));
    Label caption = new Label(text.format("review.range"));
    caption.getStyleClass().add("review-section");
    Label dash = new Label("\u2013");
    Button accept = CommandToolBar.button(registry, text, ReviewCommands.ACCEPT_RANGE);
    HBox fields = new HBox(from, dash, to, accept);
    fields.setAlignment(Pos.CENTER_LEFT);
    fields.getStyleClass().add("review-range");
    return new VBox(caption, fields);
  }

  private static Spinner<Integer> spinner(String id, int max, int value) {
    Spinner<Integer> spinner = new Spinner<>(0, max, value);
    spinner.setId(id);
    spinner.setEditable(true);
    spinner.setPrefWidth(86);
    return spinner;
  }

  private Label message() {
    Label message = new Label();
    message.setId("review-message");
    message.getStyleClass().add("review-message");
    message.setWrapText(true);
    message.textProperty().bind(model.messageProperty());
    message.visibleProperty().bind(model.messageProperty().isNotEmpty());
    message.managedProperty().bind(message.visibleProperty());
    model
        .messageIsErrorProperty()
        .addListener(
            (obs, old, error) ->
                message.pseudoClassStateChanged(
                    javafx.css.PseudoClass.getPseudoClass("error"), error));
    return message;
  }
}
