package org.inbetween.app.ui.editor;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import org.inbetween.app.quality.KeyframeSuggestion;
import org.inbetween.app.quality.KeyframeSuggestions;
import org.inbetween.app.quality.QualityEstimate;
import org.inbetween.app.quality.QualityReport;
import org.inbetween.app.task.Task;
import org.inbetween.app.ui.commands.Command;
import org.inbetween.app.ui.jobs.FxTaskRunner;
import org.inbetween.app.ui.session.EditorSession;

/**
 * Pseudo-labels › Next suggested keyframe (Q): runs the quality estimate with the method of the
 * project's pseudo-labels as a job, then shows the frame whose labelling is expected to remove the
 * most error ({@link KeyframeSuggestions}); the job's line in the jobs panel says where it lies and
 * why. The annotator draws it, Ctrl+G redoes the stale gaps, Q again brings the next one: the same
 * loop as {@code inbetween suggest}.
 */
final class KeyframeSuggesting {
  private final EditorSession session;
  private final FxTaskRunner jobs;
  private final Consumer<Throwable> onFailure;
  private final BooleanProperty running = new SimpleBooleanProperty(false);

  KeyframeSuggesting(EditorSession session, FxTaskRunner jobs, Consumer<Throwable> onFailure) {
    this.session = session;
    this.jobs = jobs;
    this.onFailure = onFailure;
  }

  List<Command> commands() {
    return List.of(
        Command.of(
                "labels.suggest",
                "menu.labels",
                "command.labels.suggest",
                new KeyCodeCombination(KeyCode.Q),
                this::suggest)
            .enabledWhen(running.not()));
  }

  /** Starts the estimate as a job; when it ends, the viewer shows the suggested frame, if any. */
  CompletableFuture<Optional<KeyframeSuggestion>> suggest() {
    running.set(true);
    CompletableFuture<Optional<KeyframeSuggestion>> result = jobs.runAsync(task());
    result.whenComplete(
        (suggestion, failure) -> {
          running.set(false);
          if (suggestion != null) {
            suggestion.ifPresent(s -> session.currentFrameProperty().set(s.frame()));
          }
          onFailure.accept(failure);
        });
    return result;
  }

  private Task<Optional<KeyframeSuggestion>> task() {
    return Task.of(
        "Suggest the next keyframe",
        progress -> {
          QualityReport report;
          try (QualityEstimate estimate =
              QualityEstimate.ofProject(
                  session.store(), session.frames(), session.leaveOneOutMemo())) {
            report = estimate.run(progress);
          }
          Optional<KeyframeSuggestion> top =
              KeyframeSuggestions.rank(report, 1).stream().findFirst();
          progress.update(1, 1, top.map(KeyframeSuggesting::describe).orElse(NOTHING_LEFT));
          return top;
        });
  }

  static final String NOTHING_LEFT = "Nothing to suggest: every frame is human truth";

  static String describe(KeyframeSuggestion s) {
    return String.format(
        Locale.ROOT,
        "Label frame %d next (%s, mean estimate %.2f)",
        s.frame(),
        s.stretch(),
        s.meanEstimate());
  }
}
