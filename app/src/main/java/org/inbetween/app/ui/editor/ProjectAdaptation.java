package org.inbetween.app.ui.editor;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.control.Alert;
import javafx.scene.control.TextInputDialog;
import javafx.stage.Window;
import org.inbetween.app.training.AdaptRequest;
import org.inbetween.app.training.AdaptResult;
import org.inbetween.app.training.AdaptTask;
import org.inbetween.app.ui.commands.Command;
import org.inbetween.app.ui.commands.UiText;
import org.inbetween.app.ui.jobs.FxTaskRunner;
import org.inbetween.app.ui.session.EditorSession;
import org.inbetween.models.train.ComputeDevice;
import org.inbetween.models.train.Devices;

/**
 * Models › Adapt FGPLG to this project: asks how many fine-tuning steps, then runs the same {@link
 * AdaptTask} as {@code inbetween adapt} in the jobs panel (step, loss, held-out J, time left,
 * Cancel), which fine-tunes on the project's own keyframes and relabels its gaps. When it ends, a
 * dialog shows the held-out J before and after adapting, so the user sees whether it helped; later
 * pseudo-labelling uses the adapted model ({@link org.inbetween.app.training.AdaptedModel}).
 */
final class ProjectAdaptation {
  private final EditorSession session;
  private final FxTaskRunner jobs;
  private final UiText text;
  private final Window owner;
  private final Consumer<Throwable> onFailure;
  private final BooleanProperty running = new SimpleBooleanProperty(false);

  ProjectAdaptation(
      EditorSession session,
      FxTaskRunner jobs,
      UiText text,
      Window owner,
      Consumer<Throwable> onFailure) {
    this.session = session;
    this.jobs = jobs;
    this.text = text;
    this.owner = owner;
    this.onFailure = onFailure;
  }

  /** Models › Adapt FGPLG to this project; off while an adaptation runs. */
  List<Command> commands() {
    return List.of(
        Command.of("models.adapt", "menu.models", "command.models.adapt", null, this::askAndAdapt)
            .enabledWhen(running.not()));
  }

  private void askAndAdapt() {
    TextInputDialog dialog = new TextInputDialog(Long.toString(AdaptRequest.DEFAULT_STEPS));
    dialog.initOwner(owner);
    dialog.setTitle(text.format("adapt.title"));
    dialog.setHeaderText(text.format("adapt.header"));
    dialog.setContentText(text.format("adapt.steps"));
    dialog.getEditor().setId("adapt-steps");
    dialog.showAndWait().flatMap(this::steps).ifPresent(this::adapt);
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
    onFailure.accept(new IllegalArgumentException(text.format("adapt.badSteps", answer)));
    return Optional.empty();
  }

  private void adapt(long steps) {
    AdaptRequest request = AdaptRequest.defaults(steps, Devices.resolve(ComputeDevice.AUTO));
    running.set(true);
    jobs.runAsync(new AdaptTask(session.store(), session.frames(), request))
        .whenComplete(
            (result, failure) -> {
              running.set(false);
              session.edited();
              if (result != null) {
                show(result);
              }
              onFailure.accept(failure);
            });
  }

  /** The outcome in a dialog: whether adapting helped is the point of running it. */
  private void show(AdaptResult result) {
    Alert alert = new Alert(Alert.AlertType.INFORMATION, result.summary());
    alert.initOwner(owner);
    alert.setTitle(text.format("adapt.title"));
    alert.setHeaderText(text.format("adapt.done"));
    alert.getDialogPane().setId("adapt-result");
    alert.show();
  }
}
