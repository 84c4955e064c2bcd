package org.inbetween.app.ui;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.inbetween.app.exchange.ImportRequest;
import org.inbetween.app.exchange.MaskSizePolicy;
import org.inbetween.app.exchange.ProjectImport;
import org.inbetween.app.project.NewProject;
import org.inbetween.app.project.Workspace;
import org.inbetween.app.project.demo.DemoProject;
import org.inbetween.app.project.store.ProjectStore;
import org.inbetween.app.task.TaskRunner;
import org.inbetween.app.ui.session.EditorSessions;

/**
 * Starts the GUI from the command line. Kept apart from {@link InbetweenApp}: launching JavaFX from
 * a class that does not extend {@code Application} is what lets the app run from a plain classpath.
 *
 * <pre>{@code
 * boolean ok = GuiLauncher.launchDemo(workspace);
 * boolean ok = GuiLauncher.launchProject(Path.of("bus-project"));
 * }</pre>
 *
 * <p>Each call opens the project before any window appears, so a missing or damaged file fails with
 * its exception and the caller reports it as bad input. Each blocks until the window is closed and
 * returns false if something asked of the window failed (see {@link InbetweenApp}); JavaFX can be
 * launched only once per process.
 */
public final class GuiLauncher {
  private GuiLauncher() {}

  /** The demo project in the user's workspace, made on first use. */
  public static boolean launchDemo(Workspace workspace) throws IOException {
    Path dir = workspace.demoProject();
    return launch(DemoProject.openOrCreate(dir), dir);
  }

  /** A project folder. */
  public static boolean launchProject(Path projectDir) throws IOException {
    return launch(ProjectStore.open(projectDir), projectDir);
  }

  /**
   * A video file or image folder opened without a project: its project in the workspace is
   * reopened, or made first (frames only) through {@code runner}, which shows the progress.
   */
  public static boolean launchSource(Path source, Workspace workspace, TaskRunner runner)
      throws Exception {
    Path dir = workspace.projectFor(source);
    if (!Files.isRegularFile(dir.resolve("project.json"))) {
      runner.run(
          new ProjectImport(
              new ImportRequest(
                  source,
                  Optional.empty(),
                  dir,
                  NewProject.DEFAULT_KEYFRAME_INTERVAL,
                  MaskSizePolicy.REFUSE,
                  System.getProperty("user.name", "annotator"))));
    }
    return launchProject(dir);
  }

  private static boolean launch(ProjectStore store, Path dir) throws IOException {
    return InbetweenApp.run(EditorSessions.open(store, dir));
  }
}
