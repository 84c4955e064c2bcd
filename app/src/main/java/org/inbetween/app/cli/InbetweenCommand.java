package org.inbetween.app.cli;

import java.io.IOException;
import java.util.concurrent.Callable;
import org.inbetween.app.project.Workspace;
import org.inbetween.app.ui.GuiLauncher;
import picocli.CommandLine.Command;

/**
 * The root of the command line: {@code ./inbetween <command> ...}.
 *
 * <p>With no command it opens the GUI on the built-in demo video. Exit codes scripts can rely on
 * are listed in {@link ExitCodes}.
 */
@Command(
    name = "inbetween",
    mixinStandardHelpOptions = true,
    version = "Inbetween 0.1.0",
    description = "Label objects in video: masks on keyframes by hand, pseudo-labels in between.",
    subcommands = {
      OpenCommand.class,
      ImportCommand.class,
      InfoCommand.class,
      EvalCommand.class,
      PseudoLabelCommand.class,
      BenchCommand.class,
      ExportCommand.class,
      DatasetImportCommand.class,
      TrainCommand.class,
      AdaptCommand.class
    })
public final class InbetweenCommand implements Callable<Integer> {
  /** With no command, the GUI opens on the built-in demo video. */
  @Override
  public Integer call() throws IOException {
    return ExitCodes.of(GuiLauncher.launchDemo(Workspace.ofUser()));
  }
}
