package org.inbetween.app.ui;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.inbetween.app.cli.ExitCodes;

/**
 * The JavaFX application: one window with the frame viewer. Started through {@link GuiLauncher}
 * (JavaFX refuses a {@code main} in an {@code Application} subclass run from the classpath), which
 * hands over what to show before launching.
 */
public final class InbetweenApp extends Application {
  private static volatile ViewerInput pending;
  private static volatile int exitCode;

  private ViewerWindow window;

  /** Shows {@code input} until the window is closed; returns the exit code. Blocks. */
  static int run(ViewerInput input) {
    pending = input;
    exitCode = ExitCodes.OK;
    Application.launch(InbetweenApp.class);
    return exitCode;
  }

  @Override
  public void start(Stage stage) {
    ViewerInput input =
        Objects.requireNonNull(
            pending, "start the GUI through GuiLauncher, which says what to show");
    Optional<Path> screenshot = Screenshot.requested();
    boolean[] taken = {false};
    window =
        ViewerWindow.show(
            stage,
            input,
            () -> {
              if (screenshot.isPresent() && !taken[0]) {
                taken[0] = true;
                saveAndExit(screenshot.get());
              }
            });
  }

  @Override
  public void stop() {
    if (window != null) {
      window.close();
    }
  }

  /** The screenshot mode: saves the window as it is now and quits. */
  private void saveAndExit(Path file) {
    try {
      Screenshot.save(window.scene(), file);
    } catch (IOException | RuntimeException e) {
      System.err.println("Could not save the screenshot " + file + ": " + e);
      exitCode = ExitCodes.INTERNAL_ERROR;
    }
    Platform.exit();
  }
}
