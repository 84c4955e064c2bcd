package org.inbetween.app;

import java.io.PrintWriter;
import org.inbetween.app.cli.InbetweenCli;
import org.inbetween.app.ui.ProcessExit;

/** Entry point of {@code ./inbetween}: the command line, or the GUI when no command is given. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    ProcessExit.exit(
        InbetweenCli.run(
            new PrintWriter(System.out, true), new PrintWriter(System.err, true), args));
  }
}
