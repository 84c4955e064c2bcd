package org.inbetween.app.ui.tools;

import javafx.beans.binding.Bindings;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import org.inbetween.app.ui.commands.UiText;

/**
 * "Saved" / "Saving…" / "Not saved: why" with a Retry button, so the annotator always knows whether
 * the last stroke is on disk. Style classes {@code saved}, {@code saving}, {@code error} colour it.
 */
public final class SaveIndicator {
  private final HBox root = new HBox(6);

  public SaveIndicator(MaskEditor editor, UiText strings) {
    Label state = new Label();
    state.setId("save-state");
    state
        .textProperty()
        .bind(
            Bindings.createStringBinding(
                () ->
                    switch (editor.saveStateProperty().get()) {
                      case SAVED -> strings.format("save.saved");
                      case SAVING -> strings.format("save.saving");
                      case ERROR ->
                          strings.format("save.error", editor.saveProblemProperty().get());
                    },
                editor.saveStateProperty(),
                editor.saveProblemProperty()));
    Tooltip why = new Tooltip();
    why.textProperty().bind(editor.saveProblemProperty());
    state.setTooltip(why);
    editor
        .saveStateProperty()
        .addListener(
            (obs, old, now) -> {
              state.getStyleClass().removeAll("saved", "saving", "error");
              state.getStyleClass().add(now.name().toLowerCase(java.util.Locale.ROOT));
            });
    state.getStyleClass().addAll("save-state", "saved");
    Button retry = new Button(strings.format("save.retry"));
    retry.setId("save-retry");
    retry.setOnAction(e -> editor.retrySaving());
    retry.visibleProperty().bind(editor.saveStateProperty().isEqualTo(SaveState.ERROR));
    retry.managedProperty().bind(retry.visibleProperty());
    root.getStyleClass().add("save-indicator");
    root.getChildren().addAll(state, retry);
  }

  public Node root() {
    return root;
  }
}
