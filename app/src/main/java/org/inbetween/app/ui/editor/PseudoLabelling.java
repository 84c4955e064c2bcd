package org.inbetween.app.ui.editor;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.value.ObservableBooleanValue;
import org.inbetween.app.labeling.PseudoLabelJob;
import org.inbetween.app.labeling.PseudoLabelSummary;
import org.inbetween.app.task.Progress;
import org.inbetween.app.task.Task;
import org.inbetween.app.training.AdaptedModel;
import org.inbetween.app.ui.jobs.FxTaskRunner;
import org.inbetween.app.ui.session.EditorSession;
import org.inbetween.models.pseudo.GeneratorRegistry;

/**
 * Ctrl+G: fills every gap between human keyframes with pseudo-labels, as a job in the jobs panel.
 *
 * <p>The job's generator holds native memory (a libtorch model, OpenCV flow fields); it is made,
 * used and closed on the job's own worker thread, so the JavaFX thread never waits for a model to
 * load and nothing native is freed on a thread that did not make it, or freed after the window has
 * closed the project (what made closing the window after Ctrl+G abort the JVM).
 *
 * <p>The timeline and the review queue follow the job frame by frame: after every labelled frame
 * the session is told that the project changed (coalesced, so a fast method cannot flood the UI).
 */
final class PseudoLabelling {
  private final EditorSession session;
  private final FxTaskRunner jobs;
  private final GeneratorRegistry generators;
  private final Executor fx;
  private final Consumer<Throwable> onFailure;
  private final BooleanProperty running = new SimpleBooleanProperty(false);

  /**
   * @param generators where methods are looked up by name ({@code GeneratorRegistry.standard()})
   * @param fx runs session updates on the JavaFX thread ({@code Platform::runLater})
   * @param onFailure told of a job's failure or cancel (null when it succeeded)
   */
  PseudoLabelling(
      EditorSession session,
      FxTaskRunner jobs,
      GeneratorRegistry generators,
      Executor fx,
      Consumer<Throwable> onFailure) {
    this.session = session;
    this.jobs = jobs;
    this.generators = generators;
    this.fx = fx;
    this.onFailure = onFailure;
  }

  /** True while a pseudo-labelling job of this window runs; the command is off meanwhile. */
  ObservableBooleanValue running() {
    return running;
  }

  /** Starts {@code method} over every gap as a job; human masks are never touched. */
  CompletableFuture<PseudoLabelSummary> start(String method) {
    return started(method, task(method, PseudoLabelJob::run));
  }

  /**
   * Starts {@code method} from keyframe {@code frame} to the next keyframe or the end of the video
   * as a job; a frame without a human mask fails the job with a message saying so.
   */
  CompletableFuture<PseudoLabelSummary> propagateFrom(String method, int frame) {
    return started(method, task(method, (job, progress) -> job.propagateFrom(frame).run(progress)));
  }

  private CompletableFuture<PseudoLabelSummary> started(
      String method, Task<PseudoLabelSummary> task) {
    generators.get(method); // an unknown name fails here, before a job appears
    running.set(true);
    CompletableFuture<PseudoLabelSummary> result = jobs.runAsync(task);
    result.whenComplete(
        (summary, failure) -> {
          session.edited(); // first, so that whoever waits for the end sees the finished project
          running.set(false);
          onFailure.accept(failure);
        });
    return result;
  }

  /** What a job does with its {@link PseudoLabelJob}. */
  @FunctionalInterface
  private interface JobWork {
    PseudoLabelSummary run(PseudoLabelJob job, Progress progress) throws Exception;
  }

  private Task<PseudoLabelSummary> task(String method, JobWork work) {
    return Task.of(
        "Pseudo-label (" + method + ")",
        progress -> {
          try (PseudoLabelJob job =
              new PseudoLabelJob(
                  session.store(),
                  session.frames(),
                  generators.get(method),
                  AdaptedModel.settingsFor(session.store()))) {
            return work.run(job, new ShowingEachFrame(progress));
          }
        });
  }

  /** Passes reports on, and after each one lets the window repaint from the store. */
  private final class ShowingEachFrame implements Progress {
    private final Progress progress;
    private final AtomicBoolean refreshQueued = new AtomicBoolean();

    ShowingEachFrame(Progress progress) {
      this.progress = progress;
    }

    @Override
    public void update(long done, long total, String message) {
      progress.update(done, total, message);
      if (done > 0 && !refreshQueued.getAndSet(true)) {
        fx.execute(
            () -> {
              refreshQueued.set(false);
              session.edited();
            });
      }
    }

    @Override
    public void note(String line) {
      progress.note(line);
    }

    @Override
    public boolean isCancelled() {
      return progress.isCancelled();
    }
  }
}
