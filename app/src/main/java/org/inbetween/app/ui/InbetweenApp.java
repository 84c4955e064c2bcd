package org.inbetween.app.ui;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import javafx.animation.PauseTransition;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;
import javafx.util.Duration;
import org.inbetween.app.ui.editor.EditorWindow;
import org.inbetween.app.ui.session.EditorSession;

/**
 * The JavaFX application: one editor window on one project. Started through {@link GuiLauncher}
 * (JavaFX refuses a {@code main} in an {@code Application} subclass run from the classpath), which
 * opens the project before launching.
 *
 * <p>With {@code -Dinbetween.screenshot=FILE} (or {@code INBETWEEN_SCREENSHOT=FILE}) the window
 * saves itself as a PNG once the first frame is on screen, then quits: for docs and smoke tests.
 */
public final class InbetweenApp extends Application {
  /** Time for every panel to lay out and paint once after the first frame is on screen. */
  private static final Duration SETTLE = Duration.millis(750);

  private static volatile EditorSession pending;
  private static volatile boolean succeeded;

  private EditorWindow window;

  /**
   * Shows {@code session} until the window is closed, then closes it; false if something asked of
   * the window failed (a requested screenshot could not be saved). The caller turns that into an
   * exit code: the GUI does not depend on the command line.
   */
  static boolean run(EditorSession session) {
    pending = session;
    succeeded = true;
    Application.launch(InbetweenApp.class);
    return succeeded;
  }

  @Override
  public void start(Stage stage) {
    EditorSession session =
        Objects.requireNonNull(
            pending, "start the GUI through GuiLauncher, which opens the project");
    window = EditorWindow.show(stage, session);
    ProcessExit.editorShown();
    window.setOnReplaced(next -> window = next);
    Optional<Path> screenshot = Screenshot.requested();
    if (screenshot.isPresent()) {
      boolean[] taken = {false};
      window
          .viewer()
          .setOnFrameShown(
              index -> {
                if (!taken[0]) {
                  taken[0] = true;
                  PauseTransition settle = new PauseTransition(SETTLE);
                  settle.setOnFinished(event -> saveAndExit(screenshot.get()));
                  settle.play();
                }
              });
    }
  }

  @Override
  public void stop() {
    if (window != null) {
      window.close();
    }
  }

  private void saveAndExit(Path file) {
    try {
      Screenshot.save(window.scene(), file);
    } catch (IOException | RuntimeException e) {
      System.err.println("Could not save the screenshot " + file + ": " + e);
      succeeded = false;
    }
    Platform.exit();
  }
}
