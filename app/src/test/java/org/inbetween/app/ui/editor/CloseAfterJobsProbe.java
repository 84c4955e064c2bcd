package org.inbetween.app.ui.editor;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.inbetween.app.exchange.dataset.DatasetFormats;
import org.inbetween.app.exchange.export.ExportInput;
import org.inbetween.app.exchange.export.ExportOptions;
import org.inbetween.app.exchange.export.ExportRequest;
import org.inbetween.app.project.demo.DemoProject;
import org.inbetween.app.ui.HeadlessFx;
import org.inbetween.app.ui.ProcessExit;
import org.inbetween.app.ui.jobs.JobEntry;
import org.inbetween.app.ui.session.EditorSession;
import org.inbetween.app.ui.session.EditorSessions;
import sun.misc.Signal;

/**
 * A child process for {@link CloseAfterJobsTest}: opens the editor headless on the demo project,
 * starts one kind of job, waits until it has done some work, then closes the window as its close
 * button does (or sends itself SIGTERM) and ends the process the way {@code Main} does ({@link
 * ProcessExit}) when the GUI returns.
 *
 * <p>Arguments: the project folder, then the job: {@code fgplg}, {@code warp}, {@code predict} or
 * {@code export}; a third argument {@code display} draws on the X display in {@code DISPLAY}
 * through OpenGL, as the app does, instead of the headless Monocle toolkit (anything else:
 * headless); a fourth, {@code terminate}, ends the editor by sending this process SIGTERM instead
 * of the close button. Prints "closed" once the window has closed; exits 2 if the job never
 * started.
 */
public final class CloseAfterJobsProbe {
  /** Only reached when a job never starts; never a measure of speed. */
  private static final long PATIENCE_SECONDS = 240;

  private CloseAfterJobsProbe() {}

  public static void main(String[] args) throws Exception {
    if (args.length < 3 || !args[2].equals("display")) {
      HeadlessFx.configure();
    }
    Path dir = Path.of(args[0]);
    String kind = args[1];
    boolean terminate = args.length > 3 && args[3].equals("terminate");
    EditorSession session = EditorSessions.open(DemoProject.openOrCreate(dir), dir);
    CompletableFuture<EditorWindow> shown = new CompletableFuture<>();
    Platform.startup(
        () -> {
          Platform.setImplicitExit(false);
          EditorWindow window = EditorWindow.show(new Stage(), session);
          ProcessExit.editorShown();
          start(window, kind, dir.resolveSibling(dir.getFileName() + "-dataset"));
          shown.complete(window);
        });
    EditorWindow window = shown.get(PATIENCE_SECONDS, TimeUnit.SECONDS);
    if (!awaitWork(window)) {
      System.err.println("the " + kind + " job did no work in " + PATIENCE_SECONDS + " s");
      System.exit(2);
    }
    if (terminate) {
      Signal.raise(new Signal("TERM"));
      awaitHidden(window);
    } else {
      Platform.runLater(() -> window.scene().getWindow().hide());
      awaitHidden(window);
    }
    Platform.exit();
    System.out.println("closed");
    ProcessExit.exit(0);
  }

  /**
   * Returns once the window is hidden and its close, which runs on the JavaFX thread as it hides,
   * has returned.
   */
  private static void awaitHidden(EditorWindow window) throws Exception {
    while (true) {
      CompletableFuture<Boolean> showing = new CompletableFuture<>();
      Platform.runLater(() -> showing.complete(window.scene().getWindow().isShowing()));
      if (!showing.get()) {
        return;
      }
      Thread.sleep(50);
    }
  }

  private static void start(EditorWindow window, String kind, Path dataset) {
    switch (kind) {
      case "fgplg", "warp" -> window.generatePseudoLabels(kind);
      case "predict" -> window.commands().get("models.predictU2netp").execute();
      case "export" ->
          window.export(
              new ExportRequest(
                  List.of(ExportInput.of(window.session().store().directory())),
                  DatasetFormats.byName("davis"),
                  dataset,
                  ExportOptions.defaults()));
      default -> throw new IllegalArgumentException("unknown job kind " + kind);
    }
  }

  /** True once the job has reported progress (or already ended, as a small export may). */
  private static boolean awaitWork(EditorWindow window) throws Exception {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(PATIENCE_SECONDS);
    while (System.nanoTime() < deadline) {
      CompletableFuture<Boolean> worked = new CompletableFuture<>();
      Platform.runLater(
          () ->
              worked.complete(
                  window.jobs().jobs().stream()
                      .anyMatch(job -> job.progressProperty().get() > 0 || isOver(job))));
      if (worked.get()) {
        return true;
      }
      Thread.sleep(50);
    }
    return false;
  }

  private static boolean isOver(JobEntry job) {
    return job.state().isFinished();
  }
}
