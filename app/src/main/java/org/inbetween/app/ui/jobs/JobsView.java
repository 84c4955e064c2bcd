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
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.inbetween.app.ui.commands.Command;
import org.inbetween.app.ui.commands.UiText;

/**
 * The jobs panel: every background job with its progress, ETA and a cancel button; finished jobs
 * stay until cleared, so a failure message is not lost while the user looks elsewhere.
 *
 * <p>The panel is a slim strip under the viewer: at most {@link #VISIBLE_ROWS} jobs show at once
 * and the rest scroll, so a running job never takes the frame's or the object list's space.
 */
public final class JobsView {
  /** The shortcut of {@link #showCommand}. */
  public static final KeyCombination SHOW_KEY =
      new KeyCodeCombination(KeyCode.J, KeyCombination.SHORTCUT_DOWN);

  /** Jobs visible without scrolling; more scroll inside the strip. */
  public static final int VISIBLE_ROWS = 2;

  /** The height of one job row: title and state, the progress bar, message and time left. */
  static final double ROW_HEIGHT = 58;

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
    VBox header = new VBox(heading, clear);
    header.setAlignment(Pos.TOP_LEFT);
    header.getStyleClass().add("jobs-header");

    ListView<JobEntry> list = new ListView<>(runner.jobs());
    list.setId("jobs-list");
    list.setCellFactory(view -> new JobCell(text));
    list.setPlaceholder(new Label(text.format("jobs.none")));
    list.setFocusTraversable(false);
    list.setFixedCellSize(ROW_HEIGHT);
    list.prefHeightProperty()
        .bind(
            Bindings.createDoubleBinding(
                () -> Math.max(1, Math.min(VISIBLE_ROWS, runner.jobs().size())) * ROW_HEIGHT + 2,
                runner.jobs()));
    list.setMinHeight(Region.USE_PREF_SIZE);
    list.setMaxHeight(Region.USE_PREF_SIZE);
    root.setMaxHeight(Region.USE_PREF_SIZE);

    root.setLeft(header);
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
