package org.inbetween.app.ui;

import java.util.List;
import java.util.OptionalInt;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.application.Platform;
import javafx.stage.Window;
import sun.misc.Signal;

/**
 * Ends the editor on SIGTERM (a session manager or {@code kill}), SIGINT (Ctrl+C in the terminal
 * that started it) and SIGHUP (that terminal closed) the way its close button does: every window is
 * hidden on the JavaFX thread, so the editor cancels its jobs, waits for them to free their native
 * memory and closes the project, and the process then leaves through {@link ProcessExit} with the
 * shell's code for a signal, 128 + its number.
 *
 * <p>Why not the JVM's own handling: it runs the shutdown hooks and then {@code exit()}, whose C
 * exit handlers abort the process once Mesa's and libtorch's LLVM have both run (see {@link
 * ProcessExit}) — a user who stopped the editor with {@code kill} while an fgplg job ran saw {@code
 * free(): invalid pointer} and exit code 134. A second signal, or one that arrives when JavaFX has
 * already stopped, ends the process at once: the journal keeps every edit either way.
 */
final class TerminationSignals {
  private static final List<String> HANDLED = List.of("TERM", "INT", "HUP");

  /** 128 + the number of the first signal received; 0 while none has been. */
  private static final AtomicInteger exitCode = new AtomicInteger();

  private static boolean installed;

  private TerminationSignals() {}

  /**
   * Takes over the signals from the JVM; idempotent. A JVM started with {@code -Xrs} keeps them,
   * and so does a platform without one of them.
   */
  static synchronized void install() {
    if (installed) {
      return;
    }
    installed = true;
    for (String name : HANDLED) {
      try {
        Signal.handle(new Signal(name), TerminationSignals::received);
      } catch (IllegalArgumentException e) {
        System.err.println("SIG" + name + " stays with the JVM: " + e.getMessage());
      }
    }
  }

  /** The exit code a received signal asks for: 128 + its number. */
  static OptionalInt exitCode() {
    int code = exitCode.get();
    return code == 0 ? OptionalInt.empty() : OptionalInt.of(code);
  }

  private static void received(Signal signal) {
    int code = 128 + signal.getNumber();
    if (!exitCode.compareAndSet(0, code)) {
      ProcessExit.exit(exitCode.get());
    }
    System.err.println(
        "SIG"
            + signal.getName()
            + ": closing the editor (running jobs are cancelled, edits saved).");
    try {
      Platform.runLater(() -> List.copyOf(Window.getWindows()).forEach(Window::hide));
    } catch (IllegalStateException javaFxHasStopped) {
      ProcessExit.exit(code);
    }
  }
}
