package org.inbetween.app.ui;

import com.sun.jna.Library;
import com.sun.jna.Native;
import java.io.IOException;
import org.inbetween.models.fgplg.BundledModel;

/**
 * Ends the process, and after the editor has been shown ends it without the C libraries' exit
 * handlers.
 *
 * <p>Why: the editor draws through OpenGL, which on Mesa (llvmpipe under Xvfb, radeonsi, the
 * software fallback of most Linux desktops) loads {@code libLLVM}; libtorch carries its own
 * statically linked LLVM and exports some of its symbols. Once both have run (a model was used in
 * the editor: Ctrl+G with fgplg, a prediction, an adaptation), the static destructors that {@code
 * exit()} runs free LLVM objects through the wrong copy and glibc aborts the process ({@code
 * free(): invalid pointer}, exit code 134) — after the window has closed and every edit is saved,
 * but the exit code and the message tell the user it crashed. Seen with gdb: the abort is in {@code
 * libLLVM-15}'s exit handler, called from {@code exit()} on the JVM's VM thread.
 *
 * <p>{@code Runtime.halt} does not help: the JVM still leaves through {@code exit()}. So after the
 * editor the process ends through libc's {@code _exit}, which skips the exit handlers. By then the
 * window has closed its project (saves flushed, journal forced to disk), its jobs have stopped and
 * freed their native memory on their own threads, and the OS lock goes with the process. What
 * remains is to flush the console and delete the temporary copy of the bundled model (its {@code
 * deleteOnExit} hook would not run).
 */
public final class ProcessExit {
  private static volatile boolean editorShown;

  private ProcessExit() {}

  /**
   * Records that an editor window was shown in this process; its end must then halt, and a
   * termination signal closes the editor first ({@link TerminationSignals}).
   */
  public static void editorShown() {
    editorShown = true;
    TerminationSignals.install();
  }

  /** libc, for {@code _exit}. */
  private interface C extends Library {
    void _exit(int status);
  }

  /**
   * Ends the process with {@code code}: {@code _exit} after the editor, a normal exit otherwise. An
   * editor closed by a termination signal ends with that signal's code instead (128 + its number).
   */
  public static void exit(int code) {
    if (!editorShown) {
      System.exit(code);
    }
    int status = TerminationSignals.exitCode().orElse(code);
    try {
      BundledModel.deleteCopy();
    } catch (IOException e) {
      System.err.println("Could not delete the temporary copy of the bundled model: " + e);
    }
    System.out.flush();
    System.err.flush();
    Native.load("c", C.class)._exit(status);
  }
}
