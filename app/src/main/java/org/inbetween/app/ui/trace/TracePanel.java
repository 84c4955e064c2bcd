package org.inbetween.app.ui.trace;

import java.io.File;
import java.io.IOException;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.geometry.Pos;
import javafx.geometry.Side;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import org.inbetween.app.quality.GroundTruthFolder;
import org.inbetween.app.ui.commands.Command;
import org.inbetween.app.ui.commands.UiText;
import org.inbetween.app.ui.session.EditorSession;

/**
 * The per-frame trace under the timeline: a header (true J on or off, "Choose ground truth…",
 * Refresh, and what the J traces stand on) over the {@link TraceChart}. Hidden until {@link
 * #toggleCommand() T} shows it; showing it computes the J traces when they are out of date.
 *
 * <pre>{@code
 * TracePanel trace = new TracePanel(new TraceViewModel(session, jobs, onFailure), session, report);
 * registry.register(trace.toggleCommand());
 * vbox.getChildren().add(trace.root());
 * }</pre>
 */
public final class TracePanel {
  /** The bundle of the panel's strings. */
  static final String STRINGS = "org.inbetween.ui.trace";

  /** The key of {@link #toggleCommand()}. */
  public static final KeyCombination TOGGLE_KEY = new KeyCodeCombination(KeyCode.T);

  private final TraceViewModel model;
  private final Consumer<Exception> report;
  private final UiText text = UiText.load(STRINGS);
  private final BooleanProperty shown = new SimpleBooleanProperty(false);
  private final VBox root = new VBox();

  /**
   * @param report shows what went wrong when a chosen ground-truth folder cannot serve
   */
  public TracePanel(TraceViewModel model, EditorSession session, Consumer<Exception> report) {
    this.model = model;
    this.report = report;
    root.setId("trace-panel");
    root.getStyleClass().add("trace-panel");
    root.getStylesheets().add(UiText.stylesheet("trace.css"));
    TraceChart chart =
        new TraceChart(
            model,
            session.currentFrameProperty(),
            session.frameCount(),
            new String[] {
              text.format("trace.series.confidence"),
              text.format("trace.series.looJ"),
              text.format("trace.series.trueJ")
            });
    chart.setId("trace-chart");
    chart.setLegendSide(Side.RIGHT);
    VBox.setVgrow(chart, Priority.ALWAYS);
    root.getChildren().addAll(header(), chart);
    root.visibleProperty().bind(shown);
    root.managedProperty().bind(shown);
    shown.addListener(
        (obs, old, now) -> {
          if (now && model.outOfDateProperty().get()) {
            model.refresh();
          }
        });
  }

  public Parent root() {
    return root;
  }

  /** Whether the panel is on screen; T flips it. */
  public BooleanProperty shownProperty() {
    return shown;
  }

  /** View › Trace panel (T): shows or hides the panel. */
  public Command toggleCommand() {
    return Command.of(
        "view.trace", "menu.view", "command.view.trace", TOGGLE_KEY, () -> shown.set(!shown.get()));
  }

  /** Recomputes the J traces if the panel is on screen (after a pseudo-label run, say). */
  public void refreshIfShown() {
    if (shown.get()) {
      model.refresh();
    }
  }

  private HBox header() {
    Label title = new Label(text.format("trace.title"));
    title.getStyleClass().add("trace-title");
    CheckBox trueJ = new CheckBox(text.format("trace.trueJ"));
    trueJ.setId("trace-true-j");
    trueJ.selectedProperty().bindBidirectional(model.trueJShownProperty());
    trueJ.disableProperty().bind(model.groundTruthProperty().isNull());
    Button choose = new Button(text.format("trace.chooseTruth"));
    choose.setId("trace-choose-truth");
    choose.setOnAction(event -> chooseGroundTruth());
    Button refresh = new Button(text.format("trace.refresh"));
    refresh.setId("trace-refresh");
    refresh.setOnAction(event -> model.refresh());
    Label status = new Label();
    status.setId("trace-status");
    status.getStyleClass().add("trace-status");
    status
        .textProperty()
        .bind(
            Bindings.createStringBinding(
                this::status,
                model.outOfDateProperty(),
                model.groundTruthProperty(),
                model.groundTruthProblemProperty()));
    HBox header = new HBox(12, title, trueJ, choose, refresh, status);
    header.setAlignment(Pos.CENTER_LEFT);
    header.getStyleClass().add("trace-header");
    for (Node control : header.getChildren()) {
      control.setFocusTraversable(false);
    }
    return header;
  }

  private String status() {
    GroundTruthFolder truth = model.groundTruthProperty().get();
    String source =
        truth != null
            ? text.format("trace.truth", truth.folder())
            : model.groundTruthProblemProperty().get().isEmpty()
                ? text.format("trace.noTruth")
                : model.groundTruthProblemProperty().get();
    return model.outOfDateProperty().get() ? text.format("trace.outOfDate", source) : source;
  }

  private void chooseGroundTruth() {
    DirectoryChooser chooser = new DirectoryChooser();
    chooser.setTitle(text.format("trace.chooseTitle"));
    GroundTruthFolder current = model.groundTruthProperty().get();
    if (current != null) {
      chooser.setInitialDirectory(current.folder().toFile());
    }
    File folder = chooser.showDialog(root.getScene().getWindow());
    if (folder == null) {
      return;
    }
    try {
      model.useGroundTruth(folder.toPath());
    } catch (IOException e) {
      report.accept(e);
    }
  }
}
