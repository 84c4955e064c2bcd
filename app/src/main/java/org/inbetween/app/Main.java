package org.inbetween.app;

import org.inbetween.app.cli.InbetweenCommand;
import picocli.CommandLine;

/** Entry point of {@code ./inbetween}: the command line, or the GUI when no command is given. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    System.exit(new CommandLine(new InbetweenCommand()).execute(args));
  }
}
