package org.inbetween.app.ui.editor;

import static javafx.scene.input.KeyCombination.SHIFT_DOWN;
import static javafx.scene.input.KeyCombination.SHORTCUT_DOWN;

import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import org.inbetween.app.labeling.PseudoLabelJob;
import org.inbetween.app.labeling.predict.ModelChoice;
import org.inbetween.app.labeling.predict.PredictJob;
import org.inbetween.app.labeling.predict.PredictSummary;
import org.inbetween.app.labeling.predict.PredictionModels;
import org.inbetween.app.task.Task;
import org.inbetween.app.ui.commands.Command;
import org.inbetween.app.ui.jobs.FxTaskRunner;
import org.inbetween.app.ui.session.EditorSession;
import org.inbetween.models.pseudo.GeneratorRegistry;
import org.inbetween.models.pseudo.GeneratorSettings;

/**
 * The Models menu: run a pretrained model over the whole project as a job in the jobs panel
 * (progress, Cancel), filling its layer {@code model/<name>}, which then appears in the layers
 * panel (show/hide, opacity). The same {@link PredictJob} as {@code inbetween predict}.
 *
 * <p>The model is loaded inside the job, off the JavaFX thread; a bad model or a project without
 * objects is reported like any failed job, with nothing written.
 */
final class ModelPredictions {
  private final EditorSession session;
  private final FxTaskRunner jobs;
  private final Consumer<Throwable> onFailure;
  private final BooleanProperty running = new SimpleBooleanProperty(false);

  ModelPredictions(EditorSession session, FxTaskRunner jobs, Consumer<Throwable> onFailure) {
    this.session = session;
    this.jobs = jobs;
    this.onFailure = onFailure;
  }

  /**
   * Models › Predict salient object (U²-Net-p), Ctrl+Shift+M; Models › Predict video saliency
   * (RCRNet+NER: the project's own model when it was trained on, else the bundled one); Models ›
   * KMN reads from the keyframes. Off while a prediction runs.
   */
  List<Command> commands() {
    return List.of(
        Command.of(
                "models.predictU2netp",
                "menu.models",
                "command.models.predictU2netp",
                new KeyCodeCombination(KeyCode.M, SHORTCUT_DOWN, SHIFT_DOWN),
                () -> predict("u2netp"))
            .enabledWhen(running.not()),
        Command.of(
                "models.predictNer",
                "menu.models",
                "command.models.predictNer",
                null,
                () -> predict("ner"))
            .enabledWhen(running.not()),
        Command.of(
                "models.predictKmn",
                "menu.models",
                "command.models.predictKmn",
                null,
                this::predictKmn)
            .enabledWhen(running.not()));
  }

  /**
   * Models › KMN reads from the keyframes: fills {@code model/kmn} on every frame without a human
   * mask, for comparison with the pseudo-labels (the same job as {@code predict --model kmn}).
   */
  void predictKmn() {
    run(
        Task.of(
            "Predict (kmn)",
            progress -> {
              try (PseudoLabelJob job =
                  PseudoLabelJob.intoModelLayer(
                      session.store(),
                      session.frames(),
                      GeneratorRegistry.standard().get("kmn"),
                      GeneratorSettings.defaults())) {
                return job.run(progress);
              }
            }));
  }

  /** Starts {@code name} over every frame as a job. */
  void predict(String name) {
    run(task(name));
  }

  private void run(Task<?> task) {
    running.set(true);
    jobs.runAsync(task)
        .whenComplete(
            (summary, failure) -> {
              running.set(false);
              session.edited();
              onFailure.accept(failure);
            });
  }

  private Task<PredictSummary> task(String name) {
    return Task.of(
        "Predict (" + name + ")",
        progress -> {
          try (PredictJob job =
              new PredictJob(
                  session.store(),
                  session.frames(),
                  PredictionModels.standard(),
                  ModelChoice.bundled(name))) {
            return job.run(progress);
          }
        });
  }
}
