package org.inbetween.app.ui.editor;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletionException;
import java.util.function.Consumer;
import org.inbetween.app.exchange.ImportRequest;
import org.inbetween.app.exchange.MaskSizePolicy;
import org.inbetween.app.exchange.ProjectImport;
import org.inbetween.app.ui.jobs.FxTaskRunner;
import org.inbetween.app.ui.session.EditorSession;
import org.inbetween.app.ui.session.EditorSessions;

/**
 * File &gt; Open project, Open video or folder, Open recent, and a file dropped on the window. A
 * project opens at once; frames are imported first, into a new project next to them ({@link
 * OpenTarget#projectFolder()}), as a job in the jobs panel with the keyframe interval asked before.
 * Whatever fails is reported and leaves the open project as it was.
 */
final class Opening {
  /** The questions an open asks; dialogs in the window, answers given in advance in tests. */
  interface Dialogs {
    Optional<Path> chooseProject();

    Optional<Path> chooseSource();

    /** The keyframe interval l for frames about to be imported. */
    Optional<Integer> askInterval(Path source, int suggested);

    Optional<Path> chooseRecent(List<Path> recent);

    /** Tells what the user should know about an imported source (a truncated video...). */
    void warn(Path source, List<String> warnings);
  }

  private final FxTaskRunner jobs;
  private final RecentProjects recent;
  private final Dialogs dialogs;
  private final Consumer<EditorSession> show;
  private final Consumer<Exception> report;
  private final String author;

  /**
   * @param show puts an opened session in the window (closing the one shown)
   * @param author whose import it is (the session's user)
   */
  Opening(
      FxTaskRunner jobs,
      RecentProjects recent,
      Dialogs dialogs,
      Consumer<EditorSession> show,
      Consumer<Exception> report,
      String author) {
    this.jobs = jobs;
    this.recent = recent;
    this.dialogs = dialogs;
    this.show = show;
    this.report = report;
    this.author = author;
  }

  void openProject() {
    dialogs.chooseProject().ifPresent(this::open);
  }

  void openSource() {
    dialogs.chooseSource().ifPresent(this::open);
  }

  void openRecent() {
    dialogs.chooseRecent(recent.list()).ifPresent(this::open);
  }

  /** Opens a project folder, or imports a video or image folder and then opens its project. */
  void open(Path given) {
    try {
      OpenTarget target = OpenTarget.of(given);
      if (target.isProject()) {
        openFolder(target.path());
      } else {
        importThenOpen(target);
      }
    } catch (IOException | RuntimeException e) {
      report.accept(e);
    }
  }

  /** The projects File &gt; Open recent offers. */
  RecentProjects recent() {
    return recent;
  }

  private void openFolder(Path dir) throws IOException {
    EditorSession session = EditorSessions.open(dir);
    try {
      recent.add(dir);
    } catch (IOException e) {
      // the list is a convenience: a read-only config folder must not stop the open
    }
    show.accept(session);
  }

  private void importThenOpen(OpenTarget target) throws IOException {
    Path dir = target.projectFolder();
    if (OpenTarget.isProjectFolder(dir)) {
      openFolder(dir);
      return;
    }
    Optional<Integer> interval =
        dialogs.askInterval(
            target.path(), org.inbetween.app.project.NewProject.DEFAULT_KEYFRAME_INTERVAL);
    if (interval.isEmpty()) {
      return;
    }
    ProjectImport job =
        new ProjectImport(
            new ImportRequest(
                target.path(),
                Optional.empty(),
                dir,
                interval.get(),
                MaskSizePolicy.REFUSE,
                author));
    jobs.runAsync(job)
        .whenComplete(
            (summary, failure) -> {
              try {
                if (failure == null) {
                  openFolder(dir);
                  if (!summary.warnings().isEmpty()) {
                    dialogs.warn(target.path(), summary.warnings());
                  }
                } else {
                  report.accept(asException(failure));
                }
              } catch (IOException | RuntimeException e) {
                report.accept(e);
              }
            });
  }

  private static Exception asException(Throwable failure) {
    Throwable cause =
        failure instanceof CompletionException && failure.getCause() != null
            ? failure.getCause()
            : failure;
    return cause instanceof Exception e ? e : new IOException(cause.getMessage(), cause);
  }
}
