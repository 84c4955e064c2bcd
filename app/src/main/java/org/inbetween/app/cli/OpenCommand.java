package org.inbetween.app.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.inbetween.app.project.Workspace;
import org.inbetween.app.task.ConsoleTaskRunner;
import org.inbetween.app.ui.GuiLauncher;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code inbetween open PATH}: the GUI on a project, a video file or an image folder. */
@Command(
    name = "open",
    mixinStandardHelpOptions = true,
    description = {
      "Open a project folder, a video file or an image folder in the editor.",
      "A video or folder gets its own project in the workspace ($INBETWEEN_HOME, else"
          + " ~/.local/share/inbetween), reopened the next time."
    })
final class OpenCommand implements Callable<Integer> {
  /** The file that makes a folder a project rather than a folder of frames. */
  private static final String PROJECT_FILE = "project.json";

  @Parameters(index = "0", paramLabel = "PATH", description = "Project, video or image folder.")
  Path path;

  @Override
  public Integer call() throws Exception {
    GuiDisplay.require();
    if (Files.isRegularFile(path.resolve(PROJECT_FILE))
        || Files.isRegularFile(path.resolve(PROJECT_FILE + ".bak"))) {
      return ExitCodes.of(GuiLauncher.launchProject(path));
    }
    return ExitCodes.of(
        GuiLauncher.launchSource(path, Workspace.ofUser(), new ConsoleTaskRunner(System.err)));
  }
}
