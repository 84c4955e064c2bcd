package org.inbetween.app.cli;

import java.io.PrintWriter;
import picocli.CommandLine;

/** Assembles the command line once, for {@code Main} and for tests that drive it in-process. */
public final class InbetweenCli {
  private InbetweenCli() {}

  /** The root command with every subcommand, its exit codes and its error handling. */
  public static CommandLine create(PrintWriter out, PrintWriter err) {
    CommandLine cli = new CommandLine(new InbetweenCommand());
    cli.setOut(out);
    cli.setErr(err);
    cli.setExecutionExceptionHandler(new FailureHandler());
    cli.setParameterExceptionHandler(
        (ex, args) -> {
          ex.getCommandLine().getErr().println("error: " + ex.getMessage());
          ex.getCommandLine().usage(ex.getCommandLine().getErr());
          return ExitCodes.USAGE;
        });
    return cli;
  }

  /** Runs {@code args} and returns the exit code. */
  public static int run(PrintWriter out, PrintWriter err, String... args) {
    int code = create(out, err).execute(args);
    out.flush();
    err.flush();
    return code;
  }
}
