package org.inbetween.app.ui;

import java.net.URL;
import java.util.Objects;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;

/**
 * Puts a frame viewer into a stage: wires the {@link FrameViewModel}, the {@link ViewerView} and
 * the background loader together, and shows the first frame. Used by {@link InbetweenApp} and by
 * the GUI tests, which build the same window on a headless stage.
 */
final class ViewerWindow implements AutoCloseable {
  private static final String STYLESHEET = "/org/inbetween/ui/inbetween.css";

  private final LatestRequestLoader<ShownFrame> loader;
  private final Scene scene;

  /**
   * @param afterFrame runs on the JavaFX thread after each frame is shown or has failed
   */
  private ViewerWindow(Stage stage, ViewerInput input, Runnable afterFrame) {
    UiStrings strings = UiStrings.load();
    FrameViewModel model =
        new FrameViewModel(input.source().frameCount(), input.source().fps(), strings);
    ViewerView view = new ViewerView(model, strings);
    scene = new Scene(view.root(), 880, 560);
    scene.getStylesheets().add(stylesheet());
    view.installKeys(scene);
    loader =
        new LatestRequestLoader<>(
            index -> ShownFrame.load(input, index),
            Platform::runLater,
            frame -> {
              view.show(frame);
              afterFrame.run();
            },
            (index, failure) -> {
              view.showFailure(strings.format("viewer.frameFailed", index, failure.getMessage()));
              afterFrame.run();
            });
    model.indexProperty().addListener((obs, old, index) -> loader.request(index.intValue()));

    stage.setTitle(strings.format("window.title", input.source().description()));
    stage.setScene(scene);
    stage.show();
    loader.request(model.index());
  }

  /** Shows {@code input} in {@code stage}; call on the JavaFX thread. */
  static ViewerWindow show(Stage stage, ViewerInput input, Runnable afterFrame) {
    return new ViewerWindow(stage, input, afterFrame);
  }

  Scene scene() {
    return scene;
  }

  /** Stops the background loader; the frame source stays open (its opener closes it). */
  @Override
  public void close() {
    loader.close();
  }

  private static String stylesheet() {
    URL css =
        Objects.requireNonNull(
            ViewerWindow.class.getResource(STYLESHEET),
            STYLESHEET + " is missing from the classpath (module inbetween-ui-resources)");
    return css.toExternalForm();
  }
}
