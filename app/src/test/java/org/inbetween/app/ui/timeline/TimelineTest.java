package org.inbetween.app.ui.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.geometry.Point2D;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.canvas.Canvas;
import javafx.scene.image.WritableImage;
import javafx.scene.input.MouseButton;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.inbetween.app.editing.navigation.ReviewedProject;
import org.inbetween.app.files.Folders;
import org.inbetween.app.project.Decision;
import org.inbetween.app.project.FrameState;
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
 * The timeline in a small window, headless (Monocle), on the 40-frame {@link ReviewedProject}: 400
 * px of lanes make every frame exactly 10 px wide, frame f starting at x = gutter + 10 f.
 */
@ExtendWith(ApplicationExtension.class)
class TimelineTest {
  static {
    HeadlessFx.configure();
  }

  private static final double LANES_WIDTH = 400;
  private static final double PPF = LANES_WIDTH / ReviewedProject.FRAMES;
  private static final double GUTTER = TimelineLayout.GUTTER;

  private Path dir;
  private EditorSession session;
  private Timeline timeline;
  private Canvas canvas;

  @Start
  void start(Stage stage) throws Exception {
    dir = Files.createTempDirectory("timeline-test");
    session = new EditorSession(ReviewedProject.create(dir.resolve("p")), new DemoVideo());
    session.currentFrameProperty().set(ReviewedProject.FRAMES - 1);
    timeline = new Timeline(session);
    stage.setScene(new Scene(new VBox(timeline), GUTTER + LANES_WIDTH, 260));
    stage.show();
    canvas = (Canvas) timeline.lookup(".timeline-canvas");
  }

  @AfterEach
  void close() throws Exception {
    session.close();
    Folders.deleteRecursively(dir);
  }

  @Test
  void clickingPicksTheFrameUnderThePointer(FxRobot robot) {
    robot.clickOn(atLanes(robot, 23, new TimelineLayout(2).stateY() + 5), MouseButton.PRIMARY);
    assertEquals(23, session.currentFrame());
    robot.clickOn(atLanes(robot, 0, 4), MouseButton.PRIMARY);
    assertEquals(0, session.currentFrame(), "the ruler scrubs too");
  }

  @Test
  void draggingScrubsLive(FxRobot robot) {
    double y = new TimelineLayout(2).objectY(0) + 5;
    robot.moveTo(atLanes(robot, 5, y)).press(MouseButton.PRIMARY);
    assertEquals(5, session.currentFrame());
    robot.moveTo(atLanes(robot, 17, y));
    assertEquals(17, session.currentFrame(), "the frame follows before the button is released");
    robot.moveTo(atLanes(robot, 31, y)).release(MouseButton.PRIMARY);
    assertEquals(31, session.currentFrame());
  }

  @Test
  void everyFrameShowsItsStateColour(FxRobot robot) throws Exception {
    WritableImage shot = snapshot(robot);
    Project project = session.project();
    double y = new TimelineLayout(2).stateY() + TimelineLayout.STATE / 2;
    for (int f = 0; f < ReviewedProject.FRAMES - 1; f++) { // the last frame has the cursor
      FrameState state = project.frame(f).state();
      assertEquals(TimelinePalette.of(state), pixel(shot, f, y), "frame " + f + " " + state);
    }
  }

  @Test
  void keyframeTicksStandOnTheSlotsAndOnPeoplesKeyframes(FxRobot robot) throws Exception {
    WritableImage shot = snapshot(robot);
    double y = new TimelineLayout(2).ticksY() + TimelineLayout.TICKS - 2;
    for (int f = 0; f < ReviewedProject.FRAMES - 1; f++) {
      Color expected =
          f == 0 || f == 5 || f == 10 || f == 12 || f == 30
              ? TimelinePalette.TICK_LABELLED
              : f % 5 == 0 ? TimelinePalette.TICK_UNLABELLED : TimelinePalette.BACKGROUND;
      assertEquals(expected, pixel(shot, f, y), "frame " + f);
    }
  }

  @Test
  void theAbsentMarkIsHatchedAndOtherObjectsAreNot(FxRobot robot) throws Exception {
    WritableImage shot = snapshot(robot);
    double ball = new TimelineLayout(2).objectY(0);
    double dog = new TimelineLayout(2).objectY(1);
    assertNotEquals(TimelinePalette.LANE, pixel(shot, 30, ball + 3), "ball absent on 30");
    assertEquals(TimelinePalette.LANE, pixel(shot, 30, dog + 3), "nothing known of the dog");
    assertEquals(Color.web("#800000"), pixel(shot, 0, ball + 3), "human mask: full colour");
  }

  @Test
  void ctrlWheelZoomsAroundThePointerAndTheWheelScrolls(FxRobot robot) {
    // Wheel away from the user (positive deltaY, the platform convention) with Ctrl: zoom in.
    robot.interact(() -> canvas.fireEvent(wheel(GUTTER + 20.5 * PPF, 40, true)));
    double zoomed = timeline.pixelsPerFrameProperty().get();
    assertTrue(zoomed > PPF, "zoomed in to " + zoomed);
    TimelineViewport view = viewport(robot);
    assertEquals(20, view.frameAt(PPF * 20.5), "the frame under the pointer stays there");

    double before = view.firstFrame();
    robot.interact(() -> canvas.fireEvent(wheel(GUTTER + 20.5 * PPF, 40, false)));
    assertNotEquals(before, viewport(robot).firstFrame());
  }

  @Test
  void everyEditRepaintsTheLanes(FxRobot robot) throws Exception {
    double y = new TimelineLayout(2).stateY() + TimelineLayout.STATE / 2;
    for (int frame : new int[] {4, 6}) {
      robot.interact(() -> reject(frame));
      assertEquals(TimelinePalette.of(FrameState.REJECTED), pixel(snapshot(robot), frame, y));
    }
  }

  private void reject(int frame) {
    try {
      session.store().review(frame, Decision.reject("no"), "rev");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    session.edited();
  }

  private static ScrollEvent wheel(double x, double y, boolean control) {
    return new ScrollEvent(
        ScrollEvent.SCROLL,
        x,
        y,
        x,
        y,
        false,
        control,
        false,
        false,
        false,
        false,
        0,
        40,
        0,
        40,
        ScrollEvent.HorizontalTextScrollUnits.NONE,
        0,
        ScrollEvent.VerticalTextScrollUnits.NONE,
        0,
        0,
        null);
  }

  private Point2D atLanes(FxRobot robot, int frame, double y) {
    return robot
        .point(canvas)
        .atPosition(Pos.TOP_LEFT)
        .atOffset(new Point2D(GUTTER + (frame + 0.5) * PPF, y))
        .query();
  }

  private TimelineViewport viewport(FxRobot robot) {
    return ((TimelineSkin) timeline.getSkin()).viewport();
  }

  private WritableImage snapshot(FxRobot robot) throws Exception {
    return WaitForAsyncUtils.asyncFx(() -> canvas.snapshot(null, null)).get();
  }

  /** The colour in the middle of frame {@code frame} (at the 10 px/frame of this window). */
  private static Color pixel(WritableImage shot, int frame, double y) {
    return shot.getPixelReader().getColor((int) (GUTTER + (frame + 0.5) * PPF), (int) y);
  }
}
