package org.inbetween.app.ui.viewer;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;
import javafx.util.Duration;
import javax.imageio.ImageIO;
import org.inbetween.app.editing.view.ViewLayer;
import org.inbetween.app.files.Folders;
import org.inbetween.app.ui.session.EditorSession;

/**
 * Takes the docs' viewer screenshots on the DAVIS "bus" sequence: the human masks filled with the
 * simulated model's outline, and the difference view. Run under a display:
 *
 * <pre>
 * xvfb-run -a -s "-screen 0 1600x1000x24" java -cp "$CP" \   (CP: see docs/benchmarks-viewer.md)
 *     org.inbetween.app.ui.viewer.ViewerScreenshot ../shared/data docs/screenshots
 * </pre>
 */
public final class ViewerScreenshot {
  private static final int FRAME = 40;

  private ViewerScreenshot() {}

  public static void main(String[] args) throws Exception {
    Path data = Path.of(args.length > 0 ? args[0] : "../shared/data");
    Path out = Path.of(args.length > 1 ? args[1] : "docs/screenshots");
    Path temporary = Files.createTempDirectory("viewer-shot");
    try {
      Path project = temporary.resolve("bus");
      Path davis = data.resolve("DAVIS");
      BenchProjects.importProject(
          davis.resolve("JPEGImages/480p/bus"),
          Optional.of(davis.resolve("Annotations/480p/bus")),
          project);
      BenchProjects.addSimulatedModel(project, 14);
      try (EditorSession session = BenchProjects.open(project)) {
        CompletableFuture<Void> done = new CompletableFuture<>();
        Platform.startup(() -> shoot(session, out, done));
        done.get(120, TimeUnit.SECONDS);
      }
    } finally {
      Platform.exit();
      Folders.deleteRecursively(temporary);
    }
  }

  private static void shoot(EditorSession session, Path out, CompletableFuture<Void> done) {
    Viewer viewer = new Viewer(session);
    BorderPane root = new BorderPane(viewer.frameView());
    root.setBottom(viewer.statusBar());
    root.setRight(viewer.layersPanel());
    Stage stage = new Stage();
    Scene scene = new Scene(root, 1360, 720);
    stage.setScene(scene);
    stage.setTitle("Inbetween — viewer");
    stage.show();
    LayerRow model = viewer.model().layers().row(ViewLayer.of(BenchProjects.SIMULATED));
    viewer.setOnFrameShown(
        index -> {
          if (index != FRAME) {
            return;
          }
          viewer.setOnFrameShown(i -> {});
          after(
              () -> {
                save(scene, out.resolve("viewer-bus.png"));
                model.differenceProperty().set(true);
                viewer.frameView().zoomAt(2.2, 470, 330);
              },
              () -> {
                save(scene, out.resolve("viewer-bus-difference.png"));
                viewer.close();
                stage.close();
                done.complete(null);
              },
              done);
        });
    session.currentFrameProperty().set(FRAME);
  }

  /** Runs {@code first} and then {@code second}, each after the scene had time to render. */
  private static void after(Runnable first, Runnable second, CompletableFuture<Void> done) {
    PauseTransition settle = new PauseTransition(Duration.millis(400));
    settle.setOnFinished(
        e -> {
          try {
            first.run();
            PauseTransition again = new PauseTransition(Duration.millis(400));
            again.setOnFinished(
                e2 -> {
                  try {
                    second.run();
                  } catch (RuntimeException failure) {
                    done.completeExceptionally(failure);
                  }
                });
            again.play();
          } catch (RuntimeException failure) {
            done.completeExceptionally(failure);
          }
        });
    settle.play();
  }

  private static void save(Scene scene, Path file) {
    try {
      BufferedImage argb = SwingFXUtils.fromFXImage(scene.snapshot(null), null);
      BufferedImage rgb =
          new BufferedImage(argb.getWidth(), argb.getHeight(), BufferedImage.TYPE_INT_RGB);
      rgb.getGraphics().drawImage(argb, 0, 0, null);
      Files.createDirectories(file.toAbsolutePath().getParent());
      ImageIO.write(rgb, "png", file.toFile());
      System.out.println("wrote " + file);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
