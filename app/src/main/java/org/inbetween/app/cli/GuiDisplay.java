package org.inbetween.app.cli;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Whether the editor can open a window here, decided before anything is opened or created, so that
 * a terminal without a display gets a sentence and the way forward instead of JavaFX's "Unable to
 * open DISPLAY" and a stack trace.
 *
 * <p>On Linux and the BSDs a window needs an X11 or Wayland display, named by {@code DISPLAY} or
 * {@code WAYLAND_DISPLAY}. macOS and Windows always have one for a logged-in user; the headless
 * Monocle platform (tests) needs none.
 */
final class GuiDisplay {
  /** What the user reads when there is no display (the launcher's name, as the user typed it). */
  static final String MESSAGE =
      "The editor needs a display (X11 or Wayland), and this terminal has none"
          + " (DISPLAY and WAYLAND_DISPLAY are not set).\n"
          + "Without a display, use the command-line tools: ./inbetween help lists them"
          + " (import, info, pseudo-label, export, eval...).\n"
          + "For the editor on a remote machine: ssh -X, or xvfb-run ./inbetween for a virtual"
          + " display.";

  private GuiDisplay() {}

  /** Throws {@link NoDisplayException} when this process cannot open a window. */
  static void require() {
    if (missing(System.getenv(), System.getProperty("os.name", ""), glassPlatform())) {
      throw new NoDisplayException(MESSAGE);
    }
  }

  /**
   * @param env the environment variables
   * @param osName the {@code os.name} system property
   * @param glassPlatform JavaFX's {@code glass.platform} property, if set ("Monocle" in tests)
   */
  static boolean missing(Map<String, String> env, String osName, Optional<String> glassPlatform) {
    if (glassPlatform.map(p -> p.equalsIgnoreCase("Monocle")).orElse(false)) {
      return false;
    }
    String os = osName.toLowerCase(Locale.ROOT);
    if (os.startsWith("windows") || os.startsWith("mac")) {
      return false;
    }
    return isBlank(env.get("DISPLAY")) && isBlank(env.get("WAYLAND_DISPLAY"));
  }

  /** JavaFX's own failure when a display is named but cannot be reached. */
  static boolean isDisplayFailure(Throwable e) {
    return e instanceof UnsupportedOperationException
        && e.getMessage() != null
        && e.getMessage().contains("Unable to open DISPLAY");
  }

  private static Optional<String> glassPlatform() {
    return Optional.ofNullable(System.getProperty("glass.platform"));
  }

  private static boolean isBlank(String value) {
    return value == null || value.isBlank();
  }
}
