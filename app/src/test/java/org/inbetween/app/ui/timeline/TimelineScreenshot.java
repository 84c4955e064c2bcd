package org.inbetween.app.ui.timeline;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.inbetween.app.files.Folders;
import org.inbetween.app.project.Decision;
import org.inbetween.app.project.MachineLayer;
import org.inbetween.app.project.NewProject;
import org.inbetween.app.project.Provenance;
import org.inbetween.app.project.TrackedObject;
import org.inbetween.app.project.store.ProjectStore;
import org.inbetween.app.project.store.StoreOptions;
import org.inbetween.app.ui.Screenshot;
import org.inbetween.app.ui.session.EditorSession;
import org.inbetween.app.video.demo.DemoVideo;
import org.inbetween.models.image.LabelMask;

/**
 * Saves a picture of the timeline on the demo video with work in every state, for the docs:
 *
 * <pre>
 * xvfb-run -a -s "-screen 0 1600x1000x24" java -cp ... \
 *     org.inbetween.app.ui.timeline.TimelineScreenshot docs/screenshots/timeline.png
 * </pre>
 *
 * <p>With a second argument {@code long}, the 20,000-frame {@link LongProject} instead, zoomed out.
 */
public final class TimelineScreenshot {
  private static final double WIDTH = 1400;

  private TimelineScreenshot() {}

  public static void main(String[] args) throws Exception {
    Path target = Path.of(args.length > 0 ? args[0] : "docs/screenshots/timeline.png");
    Path dir = Files.createTempDirectory("timeline-shot");
    DemoVideo demo = new DemoVideo();
    CompletableFuture<Void> saved = new CompletableFuture<>();
    Platform.startup(() -> {});
    boolean long20k = args.length > 1 && args[1].equals("long");
    ProjectStore store =
        long20k ? LongProject.create(dir.resolve("p"), 50) : demoProject(dir.resolve("p"), demo);
    try (EditorSession session = new EditorSession(store, demo)) {
      Platform.runLater(
          () -> {
            try {
              Timeline timeline = new Timeline(session);
              Stage stage = new Stage();
              stage.setScene(new Scene(new VBox(timeline), WIDTH, 200));
              session.currentFrameProperty().set(long20k ? 12_345 : 62);
              stage.show();
              stage.sizeToScene();
              Platform.runLater(() -> save(stage.getScene(), target, saved));
            } catch (RuntimeException e) {
              saved.completeExceptionally(e);
            }
          });
      saved.get();
    } finally {
      Platform.exit();
      Folders.deleteRecursively(dir);
    }
  }

  private static void save(Scene scene, Path target, CompletableFuture<Void> saved) {
    try {
      Screenshot.save(scene, target);
      saved.complete(null);
    } catch (IOException | RuntimeException e) {
      saved.completeExceptionally(e);
    }
  }

  /**
   * The demo with keyframes every 5th frame up to 100, pseudo-labels between them up to 125 (with a
   * confidence that sags between keyframes), the first 40 frames reviewed (a few rejected, one
   * corrected) and the star marked absent on 130-139.
   */
  static ProjectStore demoProject(Path dir, DemoVideo demo) throws IOException {
    ProjectStore store =
        ProjectStore.create(dir, NewProject.demo(), StoreOptions.defaults().withoutAutosave());
    for (String name : new String[] {"ellipse", "pentagon", "star"}) {
      store.addObject(name);
    }
    for (int f = 0; f <= 125; f++) {
      LabelMask truth = demo.groundTruth(f);
      if (f % 5 == 0 && f <= 100) {
        store.putHumanMask(truth, "ana");
        for (TrackedObject object : store.project().objects()) {
          if (truth.area(object.id()) == 0) {
            store.markAbsent(f, object.id(), "ana");
          }
        }
      } else if (f % 5 != 0) {
        double sag = Math.sin(Math.PI * (f % 5) / 5);
        double confidence = 0.95 - 0.25 * sag - (f > 70 && f < 90 ? 0.3 * sag : 0);
        store.putMachineMask(
            MachineLayer.pseudo(),
            truth,
            Provenance.of(
                "fgplg",
                "demo",
                "1",
                Map.of("confidence", String.format(Locale.ROOT, "%.3f", confidence))));
      }
    }
    for (int f = 1; f < 40; f++) {
      if (f % 5 == 0) {
        continue;
      }
      Decision decision =
          f == 22 || f == 23 || f == 37
              ? Decision.reject("edge drifts")
              : f == 13 ? Decision.correct(demo.groundTruth(f)) : Decision.accept();
      store.review(f, decision, "rev");
    }
    for (int f = 130; f < 140; f++) {
      store.markAbsent(f, 3, "ana");
    }
    return store;
  }
}
