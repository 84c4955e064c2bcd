package org.inbetween.app.ui.editor;

import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListView;
import javafx.scene.control.TabPane;
import javafx.stage.Stage;
import javafx.util.Duration;
import org.inbetween.app.review.ReviewItem;
import org.inbetween.app.ui.Screenshot;
import org.inbetween.app.ui.session.EditorSession;
import org.inbetween.app.ui.session.EditorSessions;

/**
 * Takes docs/screenshots/model-compare.png: the editor on a project with pseudo-labels and a model
 * layer, the review queue ordered by disagreement with that layer, the frame it ranks first shown
 * in the compare view (D). Make the project with the command line first, e.g. on DAVIS blackswan
 * with keyframes every 10 frames:
 *
 * <pre>
 * ./inbetween import FRAMES --masks KEYFRAME_MASKS --project P --interval 10
 * ./inbetween pseudo-label --project P
 * ./inbetween predict --project P --model u2netp
 * xvfb-run -a -s "-screen 0 1600x1000x24" tools/bench \
 *     org.inbetween.app.ui.editor.ModelCompareScreenshot P model/u2netp docs/screenshots/model-compare.png
 * </pre>
 */
public final class ModelCompareScreenshot {
  private ModelCompareScreenshot() {}

  public static void main(String[] args) throws Exception {
    Path project = Path.of(args[0]);
    String layer = args[1];
    Path out = Path.of(args[2]);
    CompletableFuture<Void> done = new CompletableFuture<>();
    try (EditorSession session = EditorSessions.open(project)) {
      session.userNameProperty().set("screenshot");
      Platform.startup(() -> shoot(session, layer, out, done));
      done.get(300, TimeUnit.SECONDS);
    } finally {
      Platform.exit();
    }
  }

  private static void shoot(
      EditorSession session, String layer, Path out, CompletableFuture<Void> done) {
    Stage stage = new Stage();
    stage.setWidth(1440);
    stage.setHeight(880);
    EditorWindow window = EditorWindow.show(stage, session);
    ((TabPane) window.scene().lookup("#side-tabs")).getSelectionModel().select(1);
    @SuppressWarnings("unchecked")
    ComboBox<String> order = (ComboBox<String>) window.scene().lookup("#review-order");
    order.setValue(layer);
    @SuppressWarnings("unchecked")
    ListView<ReviewItem> queue = (ListView<ReviewItem>) window.scene().lookup("#review-queue");
    waitFor(
        () -> !queue.getItems().isEmpty() && queue.getItems().get(0).disagreement().isPresent(),
        () -> {
          session.currentFrameProperty().set(queue.getItems().get(0).frame());
          window.viewer().model().layers().toggleCompare();
          after(
              2000,
              () -> {
                try {
                  Screenshot.save(window.scene(), out);
                  System.out.println("wrote " + out);
                  window.close();
                  done.complete(null);
                } catch (Exception e) {
                  done.completeExceptionally(e);
                }
              });
        });
  }

  private static void waitFor(java.util.function.BooleanSupplier ready, Runnable then) {
    after(
        250,
        () -> {
          if (ready.getAsBoolean()) {
            then.run();
          } else {
            waitFor(ready, then);
          }
        });
  }

  private static void after(int millis, Runnable action) {
    PauseTransition pause = new PauseTransition(Duration.millis(millis));
    pause.setOnFinished(e -> action.run());
    pause.play();
  }
}
