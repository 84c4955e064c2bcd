package org.inbetween.app.cli;

/** The exit codes of every command, stable so that scripts can rely on them. */
public final class ExitCodes {
  /** The command did what was asked. */
  public static final int OK = 0;

  /** Something unexpected went wrong inside Inbetween (a bug; the message says what). */
  public static final int INTERNAL_ERROR = 1;

  /** The command line itself was wrong: unknown option, missing argument. */
  public static final int USAGE = 2;

  /** An input file or folder is missing, unreadable or malformed; nothing was changed. */
  public static final int BAD_INPUT = 3;

  /** The editor was asked for where no window can open (no display); the CLI tools still work. */
  public static final int NO_DISPLAY = 4;

  /** The user cancelled long-running work; nothing half-written was left behind. */
  public static final int CANCELLED = 130;

  private ExitCodes() {}

  /** {@link #OK} when work that reports only success or failure (the GUI) succeeded. */
  static int of(boolean succeeded) {
    return succeeded ? OK : INTERNAL_ERROR;
  }
}
