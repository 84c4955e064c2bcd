package org.inbetween.app.cli;

import java.io.IOException;
import java.util.concurrent.Callable;
import org.inbetween.app.project.Workspace;
import org.inbetween.app.ui.GuiLauncher;
import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/**
 * The root of the command line: {@code ./inbetween <command> ...}.
 *
 * <p>With no command it opens the GUI on the built-in demo video. Exit codes scripts can rely on
 * are listed in {@link ExitCodes}. {@code help} is the same as {@code --help}; {@code help COMMAND}
 * the same as {@code COMMAND --help}.
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
      RenameCommand.class,
      FlowCommand.class,
      EvalCommand.class,
      QualityCommand.class,
      SuggestCommand.class,
      PseudoLabelCommand.class,
      PredictCommand.class,
      BenchCommand.class,
      ExportCommand.class,
      DatasetImportCommand.class,
      TrainCommand.class,
      AdaptCommand.class,
      AdaptKmnCommand.class,
      HelpCommand.class
    })
public final class InbetweenCommand implements Callable<Integer> {
  /** Read by {@link FailureHandler} from the parse result; every command accepts it. */
  @Option(
      names = "--verbose",
      scope = ScopeType.INHERIT,
      description = "On an error, also print what lies behind it (FFmpeg's own message...).")
  boolean verbose;

  /** With no command, the GUI opens on the built-in demo video. */
  @Override
  public Integer call() throws IOException {
    GuiDisplay.require();
    return ExitCodes.of(GuiLauncher.launchDemo(Workspace.ofUser()));
  }
}
