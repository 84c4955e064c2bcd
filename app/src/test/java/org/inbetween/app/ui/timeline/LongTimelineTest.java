package org.inbetween.app.ui.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.Scene;
import javafx.scene.canvas.Canvas;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.inbetween.app.files.Folders;
import org.inbetween.app.project.Project;
import org.inbetween.app.ui.HeadlessFx;
import org.inbetween.app.ui.session.EditorSession;
import org.inbetween.app.video.demo.DemoVideo;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A 20,000-frame project renders at every zoom, showing the right state where it zooms in. How fast
 * is measured by {@link TimelineRenderBenchmark}, not here.
 */
@ExtendWith(ApplicationExtension.class)
class LongTimelineTest {
  static {
    HeadlessFx.configure();
  }

  private Path dir;
  private EditorSession session;
  private Timeline timeline;
  private Canvas canvas;

  @Start
  void start(Stage stage) throws Exception {
    dir = Files.createTempDirectory("long-timeline");
    session = new EditorSession(LongProject.create(dir.resolve("p"), 200), new DemoVideo());
    timeline = new Timeline(session);
    stage.setScene(new Scene(new VBox(timeline), TimelineLayout.GUTTER + 1000, 240));
    stage.show();
    canvas = (Canvas) timeline.lookup(".timeline-canvas");
  }

  @AfterEach
  void close() throws Exception {
    session.close();
    Folders.deleteRecursively(dir);
  }

  @Test
  void twentyThousandFramesRenderAtEveryZoom(FxRobot robot) throws Exception {
    assertEquals(LongProject.FRAMES, session.frameCount());
    TimelineViewport fit = viewport();
    assertEquals(0.05, fit.pixelsPerFrame(), 1e-9, "the whole video in 1000 px");

    for (double ppf : new double[] {1, 10}) {
      robot.interact(
          () -> {
            timeline.pixelsPerFrameProperty().set(ppf);
            timeline.firstFrameProperty().set(12_380);
          });
      TimelineViewport view = viewport();
      assertEquals(ppf, view.pixelsPerFrame());
      Project project = session.project();
      int frame = 12_401; // a pseudo-label after the keyframe at 12,400
      double x = TimelineLayout.GUTTER + view.xOf(frame + 0.5);
      double y = new TimelineLayout(2).stateY() + TimelineLayout.STATE / 2;
      WritableImage shot = WaitForAsyncUtils.asyncFx(() -> canvas.snapshot(null, null)).get();
      assertEquals(
          TimelinePalette.of(project.frame(frame).state()),
          shot.getPixelReader().getColor((int) x, (int) y),
          "state of frame " + frame + " at " + ppf + " px/frame");
    }
  }

  private TimelineViewport viewport() throws Exception {
    return WaitForAsyncUtils.asyncFx(() -> ((TimelineSkin) timeline.getSkin()).viewport()).get();
  }
}
