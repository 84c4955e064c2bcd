package org.inbetween.app.ui.jobs;

import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.inbetween.app.ui.commands.Command;
import org.inbetween.app.ui.commands.UiText;

/**
 * The jobs panel: every background job with its progress, ETA and a cancel button; finished jobs
 * stay until cleared, so a failure message is not lost while the user looks elsewhere.
 */
public final class JobsView {
  /** The shortcut of {@link #showCommand}. */
  public static final KeyCombination SHOW_KEY =
      new KeyCodeCombination(KeyCode.J, KeyCombination.SHORTCUT_DOWN);

  private final BorderPane root = new BorderPane();

  public JobsView(FxTaskRunner runner, UiText text) {
    root.setId("jobs-panel");
    root.getStyleClass().add("jobs-panel");
    root.getStylesheets().add(UiText.stylesheet("jobs.css"));

    Label heading = new Label(text.format("jobs.title"));
    heading.getStyleClass().add("jobs-heading");
    Button clear = new Button(text.format("jobs.clear"));
    clear.setId("jobs-clear");
    clear.setOnAction(event -> runner.clearFinished());
    clear
        .disableProperty()
        .bind(
            Bindings.createBooleanBinding(
                () -> runner.jobs().stream().noneMatch(j -> j.state().isFinished()),
                runner.jobs()));
    Region gap = new Region();
    HBox.setHgrow(gap, Priority.ALWAYS);
    HBox header = new HBox(heading, gap, clear);
    header.setAlignment(Pos.CENTER_LEFT);
    header.getStyleClass().add("jobs-header");

    ListView<JobEntry> list = new ListView<>(runner.jobs());
    list.setId("jobs-list");
    list.setCellFactory(view -> new JobCell(text));
    list.setPlaceholder(new Label(text.format("jobs.none")));
    list.setFocusTraversable(false);

    root.setTop(header);
    root.setCenter(list);
  }

  public Parent root() {
    return root;
  }

  /**
   * The command that brings the panel up (Shortcut+J); {@code show} is the window's way of showing
   * it (a side panel, a dock, a separate stage).
   */
  public static Command showCommand(Runnable show) {
    return Command.of("jobs.show", "menu.view", "command.jobs.show", SHOW_KEY, show);
  }
}
