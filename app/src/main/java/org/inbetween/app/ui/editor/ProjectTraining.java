package org.inbetween.app.ui.editor;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.LongFunction;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.stage.Window;
import org.inbetween.app.task.Task;
import org.inbetween.app.training.AdaptRequest;
import org.inbetween.app.training.AdaptResult;
import org.inbetween.app.training.AdaptTask;
import org.inbetween.app.training.KmnAdaptTask;
import org.inbetween.app.training.ProjectNerTask;
import org.inbetween.app.ui.commands.Command;
import org.inbetween.app.ui.commands.UiText;
import org.inbetween.app.ui.jobs.FxTaskRunner;
import org.inbetween.app.ui.session.EditorSession;
import org.inbetween.models.kmn.DecoderAdaptation;
import org.inbetween.models.train.ComputeDevice;
import org.inbetween.models.train.Devices;

/**
 * The Models menu's training jobs on the open project, each asking how many steps, then running in
 * the jobs panel (step, loss, time left, Cancel) and showing its outcome in a dialog:
 *
 * <ul>
 *   <li>Adapt FGPLG to this project: the same {@link AdaptTask} as {@code inbetween adapt}, which
 *       fine-tunes on the project's keyframes and relabels its gaps; the dialog shows the held-out
 *       J before and after, and later pseudo-labelling uses the adapted model ({@link
 *       org.inbetween.app.training.AdaptedModel});
 *   <li>Adapt kmn to this project: the same {@link KmnAdaptTask} as {@code inbetween adapt-kmn},
 *       which fine-tunes the kmn decoder on the project's keyframes; later kmn pseudo-labelling
 *       uses it;
 *   <li>Train saliency model on this project: {@link ProjectNerTask}, which trains RCRNet+NER on
 *       the project's reviewed labels and refreshes the {@code model/rcrnet-ner} overlay with it.
 * </ul>
 *
 * <p>A command is off while its own job runs.
 */
final class ProjectTraining {
  private final EditorSession session;
  private final FxTaskRunner jobs;
  private final UiText text;
  private final Window owner;
  private final Consumer<Throwable> onFailure;

  ProjectTraining(
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

  /** Models › Adapt FGPLG / Adapt kmn / Train saliency model on this project. */
  List<Command> commands() {
    ComputeDevice device = Devices.resolve(ComputeDevice.AUTO);
    return List.of(
        command(
            "models.adapt",
            "adapt",
            AdaptRequest.DEFAULT_STEPS,
            steps ->
                new AdaptTask(
                    session.store(),
                    session.frames(),
                    AdaptRequest.defaults(steps, device, session.project().flowSettings())),
            AdaptResult::summary),
        command(
            "models.adaptKmn",
            "adaptKmn",
            DecoderAdaptation.DEFAULT_STEPS,
            steps ->
                new KmnAdaptTask(
                    session.store(),
                    session.frames(),
                    DecoderAdaptation.Recipe.withSteps(
                        (int) Math.min(steps, Integer.MAX_VALUE), 1)),
            KmnAdaptTask.Result::summary),
        command(
            "models.trainNer",
            "trainNer",
            ProjectNerTask.DEFAULT_STEPS,
            steps -> new ProjectNerTask(session.store(), session.frames(), steps, device),
            ProjectNerTask.Result::summary));
  }

  /**
   * One training command: {@code id} is also its label's key after "command.", {@code dialogs} the
   * prefix of its dialogs' texts ({@link TrainingDialogs}).
   */
  private <R> Command command(
      String id,
      String dialogs,
      long suggestedSteps,
      LongFunction<Task<R>> task,
      Function<R, String> summary) {
    TrainingDialogs dialog = new TrainingDialogs(text, owner, onFailure, dialogs);
    BooleanProperty running = new SimpleBooleanProperty(false);
    Runnable start =
        () ->
            dialog
                .askSteps(suggestedSteps)
                .ifPresent(
                    steps -> {
                      running.set(true);
                      jobs.runAsync(task.apply(steps))
                          .whenComplete(
                              (result, failure) -> {
                                running.set(false);
                                session.edited();
                                if (result != null) {
                                  dialog.showResult(summary.apply(result));
                                }
                                onFailure.accept(failure);
                              });
                    });
    return Command.of(id, "menu.models", "command." + id, null, start).enabledWhen(running.not());
  }
}
