package org.inbetween.app.ui;

import java.io.IOException;
import java.net.URL;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.inbetween.app.cli.ExitCodes;

/**
 * The JavaFX application: one window with the frame viewer. Started through {@link GuiLauncher}
 * (JavaFX refuses a {@code main} in an {@code Application} subclass run from the classpath), which
 * hands over what to show before launching.
 */
public final class InbetweenApp extends Application {
  private static final String STYLESHEET = "/org/inbetween/ui/inbetween.css";

  private static volatile ViewerInput pending;
  private static volatile int exitCode;

  private LatestRequestLoader<ShownFrame> loader;

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
    UiStrings strings = UiStrings.load();
    FrameViewModel model =
        new FrameViewModel(input.source().frameCount(), input.source().fps(), strings);
    ViewerView view = new ViewerView(model, strings);
    Scene scene = new Scene(view.root(), 880, 560);
    scene.getStylesheets().add(stylesheet());
    view.installKeys(scene);

    Runnable afterFirstFrame = screenshotAndExit(scene, Screenshot.requested());
    loader =
        new LatestRequestLoader<>(
            index -> ShownFrame.load(input, index),
            Platform::runLater,
            frame -> {
              view.show(frame);
              afterFirstFrame.run();
            },
            (index, failure) -> {
              view.showFailure(strings.format("viewer.frameFailed", index, failure.getMessage()));
              afterFirstFrame.run();
            });
    model.indexProperty().addListener((obs, old, index) -> loader.request(index.intValue()));

    stage.setTitle(strings.format("window.title", input.source().description()));
    stage.setScene(scene);
    stage.show();
    loader.request(model.index());
  }

  @Override
  public void stop() {
    if (loader != null) {
      loader.close();
    }
  }

  /** In screenshot mode, saves the window once (on the first call) and quits; else nothing. */
  private static Runnable screenshotAndExit(Scene scene, Optional<Path> file) {
    if (file.isEmpty()) {
      return () -> {};
    }
    boolean[] taken = {false};
    return () -> {
      if (taken[0]) {
        return;
      }
      taken[0] = true;
      try {
        Screenshot.save(scene, file.get());
      } catch (IOException | RuntimeException e) {
        System.err.println("Could not save the screenshot " + file.get() + ": " + e.getMessage());
        exitCode = ExitCodes.INTERNAL_ERROR;
      }
      Platform.exit();
    };
  }

  private static String stylesheet() {
    URL css =
        Objects.requireNonNull(
            InbetweenApp.class.getResource(STYLESHEET),
            STYLESHEET + " is missing from the classpath (module inbetween-ui-resources)");
    return css.toExternalForm();
  }
}
