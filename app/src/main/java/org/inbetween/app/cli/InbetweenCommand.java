package org.inbetween.app.cli;

import picocli.CommandLine.Command;

/**
 * The root of the command line: {@code ./inbetween <command> ...}.
 *
 * <p>Exit codes scripts can rely on are listed in {@link ExitCodes}.
 */
@Command(
    name = "inbetween",
    mixinStandardHelpOptions = true,
    version = "Inbetween 0.1.0",
    description = "Label objects in video: masks on keyframes by hand, pseudo-labels in between.",
    subcommands = {ImportCommand.class, InfoCommand.class})
public final class InbetweenCommand implements Runnable {
  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
