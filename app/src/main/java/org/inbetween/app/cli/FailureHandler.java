package org.inbetween.app.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.CancellationException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * Turns what a command throws into a one-line message and a stable exit code.
 *
 * <p>Bad input (a missing, unreadable or malformed file; an argument out of range) is the user's to
 * fix, so it gets the message alone (what lies behind it, such as FFmpeg's own words, with {@code
 * --verbose}) and {@link ExitCodes#BAD_INPUT}. Anything else is our bug and keeps its stack trace.
 * No display for the editor is neither: it gets what to do instead.
 */
final class FailureHandler implements IExecutionExceptionHandler {
  @Override
  public int handleExecutionException(
      Exception e, CommandLine commandLine, ParseResult parseResult) {
    var err = commandLine.getErr();
    if (e instanceof CancellationException) {
      err.println("Cancelled; nothing was changed.");
      return ExitCodes.CANCELLED;
    }
    if (e instanceof NoDisplayException || GuiDisplay.isDisplayFailure(e)) {
      err.println(GuiDisplay.MESSAGE);
      return ExitCodes.NO_DISPLAY;
    }
    if (e instanceof IOException
        || e instanceof UncheckedIOException
        || e instanceof IllegalArgumentException) {
      err.println("error: " + e.getMessage());
      if (verbose(parseResult)) {
        for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
          err.println("  because: " + cause.getMessage());
        }
      } else if (e.getCause() != null) {
        err.println("(run again with --verbose for the details)");
      }
      return ExitCodes.BAD_INPUT;
    }
    err.println("internal error (please report): " + e);
    e.printStackTrace(err);
    return ExitCodes.INTERNAL_ERROR;
  }

  /** Whether {@code --verbose} was given, to the root command or to a subcommand. */
  private static boolean verbose(ParseResult parseResult) {
    for (ParseResult r = parseResult; r != null; r = r.subcommand()) {
      if (r.hasMatchedOption("--verbose")) {
        return true;
      }
    }
    return false;
  }
}
