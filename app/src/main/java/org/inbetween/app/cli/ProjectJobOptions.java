package org.inbetween.app.cli;

import java.nio.file.Path;
import java.util.concurrent.CancellationException;
import org.inbetween.app.project.ProjectFrames;
import org.inbetween.app.project.store.ProjectStore;
import org.inbetween.app.video.FrameSource;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * The {@code --project} option of the commands that run one job over a project ({@code
 * pseudo-label}, {@code predict}, {@code adapt}), and how they open it: the store and its frames,
 * closed after the job, and a Ctrl+C reported the same way by each.
 */
final class ProjectJobOptions {
  @Option(names = "--project", required = true, paramLabel = "DIR", description = "The project.")
  Path project;

  @Spec(Spec.Target.MIXEE)
  private CommandSpec command;

  /** What a command does with the open project; returns its exit code. */
  interface Body {
    int run(ProjectStore store, FrameSource frames) throws Exception;
  }

  /**
   * Runs {@code body} on the open project. A cancel that {@code body} lets through exits {@link
   * ExitCodes#CANCELLED}; every frame finished before it is already saved.
   */
  int run(Body body) throws Exception {
    try (ProjectStore store = ProjectStore.open(project);
        FrameSource frames = ProjectFrames.open(store.project(), project)) {
      return body.run(store, frames);
    } catch (CancellationException e) {
      command
          .commandLine()
          .getErr()
          .println("Cancelled; every frame finished before that is saved.");
      return ExitCodes.CANCELLED;
    }
  }
}
