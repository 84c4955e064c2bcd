package org.inbetween.app.ui.jobs;

import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.inbetween.app.task.Eta;
import org.inbetween.app.ui.commands.UiText;

/** One job in the panel: title, state, progress bar, message, ETA and a cancel button. */
final class JobCell extends ListCell<JobEntry> {
  private final UiText text;
  private final Label title = new Label();
  private final Label state = new Label();
  private final ProgressBar bar = new ProgressBar();
  private final Label message = new Label();
  private final Label eta = new Label();
  private final Button cancel;
  private final BorderPane layout;

  JobCell(UiText text) {
    this.text = text;
    cancel = new Button(text.format("jobs.cancel"));
    cancel.getStyleClass().add("job-cancel");
    cancel.setTooltip(new Tooltip(text.format("jobs.cancel.tooltip")));
    title.getStyleClass().add("job-title");
    state.getStyleClass().add("job-state");
    message.getStyleClass().add("job-message");
    eta.getStyleClass().add("job-eta");
    bar.setMaxWidth(Double.MAX_VALUE);
    Region gap = new Region();
    HBox.setHgrow(gap, Priority.ALWAYS);
    HBox heading = new HBox(title, gap, state);
    Region gap2 = new Region();
    HBox.setHgrow(gap2, Priority.ALWAYS);
    HBox details = new HBox(message, gap2, eta);
    VBox body = new VBox(heading, bar, details);
    body.getStyleClass().add("job-body");
    layout = new BorderPane(body);
    layout.setRight(cancel);
    BorderPane.setAlignment(cancel, Pos.CENTER);
    layout.getStyleClass().add("job");
    setText(null);
  }

  @Override
  protected void updateItem(JobEntry job, boolean empty) {
    super.updateItem(job, empty);
    unbindAll();
    if (empty || job == null) {
      setGraphic(null);
      return;
    }
    title.setText(job.title());
    // a waiting job shows an empty bar: the moving "indeterminate" bar would claim work is done
    bar.progressProperty()
        .bind(
            Bindings.when(job.stateProperty().isEqualTo(JobState.QUEUED))
                .then(0.0)
                .otherwise(job.progressProperty()));
    message.textProperty().bind(job.messageProperty());
    eta.textProperty()
        .bind(
            Bindings.createStringBinding(
                () ->
                    job.etaProperty().get() == null
                        ? ""
                        : text.format("jobs.eta", Eta.format(job.etaProperty().get())),
                job.etaProperty()));
    state
        .textProperty()
        .bind(
            Bindings.createStringBinding(
                () -> stateText(job), job.stateProperty(), job.cancelRequestedProperty()));
    cancel
        .disableProperty()
        .bind(
            Bindings.createBooleanBinding(
                () -> job.state().isFinished() || job.cancelRequestedProperty().get(),
                job.stateProperty(),
                job.cancelRequestedProperty()));
    cancel.setOnAction(event -> job.cancel());
    setGraphic(layout);
  }

  private String stateText(JobEntry job) {
    if (job.state() == JobState.RUNNING && job.cancelRequestedProperty().get()) {
      return text.format("jobs.state.CANCELLING");
    }
    return text.format("jobs.state." + job.state().name());
  }

  private void unbindAll() {
    bar.progressProperty().unbind();
    message.textProperty().unbind();
    eta.textProperty().unbind();
    state.textProperty().unbind();
    cancel.disableProperty().unbind();
    cancel.setOnAction(null);
  }
}
