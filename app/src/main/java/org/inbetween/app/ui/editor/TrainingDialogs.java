package org.inbetween.app.ui.editor;

import java.util.Optional;
import java.util.function.Consumer;
import javafx.scene.control.Alert;
import javafx.scene.control.TextInputDialog;
import javafx.stage.Window;
import org.inbetween.app.ui.commands.UiText;

/**
 * The two dialogs of a training job started from the Models menu: one asks how many steps to train
 * (a whole number of at least 1; anything else is reported, and nothing starts), one shows the
 * outcome when the job ends. Texts come from the editor bundle under a prefix: {@code
 * PREFIX.title}, {@code .header}, {@code .steps}, {@code .badSteps} and {@code .done}; the dialogs'
 * ids are {@code PREFIX-steps} and {@code PREFIX-result}, for tests.
 */
final class TrainingDialogs {
  /**
   * Wide enough for a sentence a line; the header and summary wrap rather than widen the dialog.
   */
  private static final double WIDTH = 560;

  private final UiText text;
  private final Window owner;
  private final Consumer<Throwable> onFailure;
  private final String prefix;

  TrainingDialogs(UiText text, Window owner, Consumer<Throwable> onFailure, String prefix) {
    this.text = text;
    this.owner = owner;
    this.onFailure = onFailure;
    this.prefix = prefix;
  }

  /** Asks for a number of steps, offering {@code suggested}; empty when cancelled or invalid. */
  Optional<Long> askSteps(long suggested) {
    TextInputDialog dialog = new TextInputDialog(Long.toString(suggested));
    dialog.initOwner(owner);
    dialog.setTitle(text.format(prefix + ".title"));
    dialog.setHeaderText(text.format(prefix + ".header"));
    dialog.setContentText(text.format(prefix + ".steps"));
    dialog.getEditor().setId(prefix + "-steps");
    dialog.getDialogPane().setPrefWidth(WIDTH);
    return dialog.showAndWait().flatMap(this::steps);
  }

  private Optional<Long> steps(String answer) {
    try {
      long steps = Long.parseLong(answer.trim());
      if (steps >= 1) {
        return Optional.of(steps);
      }
    } catch (NumberFormatException notANumber) {
      // reported below, like a number under one
    }
    onFailure.accept(new IllegalArgumentException(text.format(prefix + ".badSteps", answer)));
    return Optional.empty();
  }

  /** Shows {@code summary} as the job's outcome: whether training helped is the point of it. */
  void showResult(String summary) {
    Alert alert = new Alert(Alert.AlertType.INFORMATION, summary);
    alert.initOwner(owner);
    alert.setTitle(text.format(prefix + ".title"));
    alert.setHeaderText(text.format(prefix + ".done"));
    alert.getDialogPane().setId(prefix + "-result");
    alert.getDialogPane().setPrefWidth(WIDTH);
    alert.show();
  }
}
