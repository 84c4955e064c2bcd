package org.inbetween.app.task;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.util.concurrent.atomic.AtomicBoolean;
import sun.misc.Signal;
import sun.misc.SignalHandler;

/**
 * Runs a task for the command line: progress on stderr, Ctrl+C cancels.
 *
 * <p>Ctrl+C (SIGINT) does not kill the JVM while a task runs: it sets the cancelled flag, the task
 * stops at its next safe point and cleans up its staging area, and the command exits with {@code
 * ExitCodes.CANCELLED}. A second Ctrl+C falls through to the default handler and ends the JVM.
 * Progress is one line rewritten in place on a terminal, and a line per ten percent otherwise, so
 * logs stay readable. {@link Progress#note Notes} are printed as lines of their own.
 */
public final class ConsoleTaskRunner implements TaskRunner {
  private static final Signal INTERRUPT = new Signal("INT");
  private final PrintWriter err;
  private final boolean interactive;

  public ConsoleTaskRunner(PrintStream err) {
    this(new PrintWriter(err, true));
  }

  /** Reports to {@code err}: a command's own error stream, which tests capture. */
  public ConsoleTaskRunner(PrintWriter err) {
    this.err = err;
    this.interactive = System.console() != null;
  }

  @Override
  public <T> T run(Task<T> task) throws Exception {
    ConsoleProgress progress = new ConsoleProgress(task.title());
    SignalHandler previous = Signal.handle(INTERRUPT, signal -> progress.cancel());
    try {
      return task.run(progress);
    } finally {
      Signal.handle(INTERRUPT, previous);
      progress.finish();
    }
  }

  private final class ConsoleProgress implements Progress {
    private final String title;
    private final AtomicBoolean cancelled = new AtomicBoolean();
    private int lastDecile = -1;
    private boolean lineOpen;

    ConsoleProgress(String title) {
      this.title = title;
    }

    void cancel() {
      if (!cancelled.getAndSet(true)) {
        err.println();
        err.println(title + ": cancelling (Ctrl+C again to force)...");
        err.flush();
      } else {
        System.exit(130);
      }
    }

    @Override
    public synchronized void update(long done, long total, String message) {
      int percent = total > 0 ? (int) Math.min(100, done * 100 / total) : 0;
      String line = String.format("%s: %3d%% (%d/%d) %s", title, percent, done, total, message);
      if (interactive) {
        err.print("\r" + line + "\u001b[K");
        err.flush();
        lineOpen = true;
      } else if (percent / 10 != lastDecile) {
        lastDecile = percent / 10;
        err.println(line);
        err.flush();
      }
    }

    @Override
    public synchronized void note(String line) {
      finish();
      err.println(line);
      err.flush();
    }

    @Override
    public boolean isCancelled() {
      return cancelled.get();
    }

    synchronized void finish() {
      if (lineOpen) {
        err.println();
        lineOpen = false;
      }
      err.flush();
    }
  }
}
