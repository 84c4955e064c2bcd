package org.inbetween.app.ui.editor;

import java.io.IOException;
import java.util.function.Consumer;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.inbetween.app.ui.commands.UiText;
import org.inbetween.app.ui.session.EditorSession;
import org.inbetween.models.flow.FlowPreset;

/**
 * Pseudo-labels › Optical flow…: which DIS preset the project's jobs compute (Ctrl+G, Propagate,
 * Adapt, the quality estimate and Q), recorded as a journaled edit, as {@code inbetween flow} does.
 * One choice per preset, each saying what it costs and gives: MEDIUM saves a third of the frames
 * drawn on the hardest val sequence that can be finished (docs/benchmarks.md), at half the speed.
 */
final class FlowPresetDialog {
  /** Wide enough for a choice and its cost on one line. */
  private static final double WIDTH = 560;

  /** The id of the choice for {@code preset}, for tests: {@code flow-medium}. */
  static String choiceId(FlowPreset preset) {
    return "flow-" + preset.label();
  }

  private FlowPresetDialog() {}

  static void ask(Stage owner, UiText text, EditorSession session, Consumer<Exception> report) {
    FlowPreset current = session.project().flowPreset();
    ToggleGroup choices = new ToggleGroup();
    VBox content = new VBox(8);
    for (FlowPreset preset : FlowPreset.values()) {
      RadioButton choice = new RadioButton(text.format("flow." + preset.label()));
      choice.setId(choiceId(preset));
      choice.setUserData(preset);
      choice.setToggleGroup(choices);
      choice.setSelected(preset == current);
      content.getChildren().add(choice);
    }
    Label note = new Label(text.format("flow.note"));
    note.setWrapText(true);
    content.getChildren().add(note);

    Dialog<FlowPreset> dialog = new Dialog<>();
    dialog.initOwner(owner);
    dialog.setTitle(text.format("flow.title"));
    dialog.setHeaderText(text.format("flow.header"));
    dialog.getDialogPane().setContent(content);
    dialog.getDialogPane().setPrefWidth(WIDTH);
    dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
    dialog.setResultConverter(
        button ->
            button == ButtonType.OK
                ? (FlowPreset) choices.getSelectedToggle().getUserData()
                : null);
    dialog
        .showAndWait()
        .filter(chosen -> chosen != current)
        .ifPresent(
            chosen -> {
              try {
                session.store().setFlowPreset(chosen);
                session.edited();
              } catch (IOException e) {
                report.accept(e);
              }
            });
  }
}
