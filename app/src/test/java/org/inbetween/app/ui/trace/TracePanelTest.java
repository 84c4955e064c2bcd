package org.inbetween.app.ui.trace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.inbetween.app.ui.HeadlessFx;
import org.inbetween.app.ui.editor.EditorWindow;
import org.inbetween.app.ui.jobs.JobEntry;
import org.inbetween.app.ui.jobs.JobState;
import org.inbetween.app.ui.session.EditorSession;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The trace panel in the real editor window on DAVIS car-shadow ({@link CarShadowProject}): T shows
 * it under the timeline and starts its jobs, the chart then holds the three traces, a click on the
 * chart shows that frame, and T hides the panel again.
 */
@ExtendWith(ApplicationExtension.class)
class TracePanelTest {
  static {
    HeadlessFx.configure();
  }

  /** Only reached when the jobs never end; never a measure of speed. */
  private static final long PATIENCE_SECONDS = 120;

  @TempDir static Path temporary;
  private EditorSession session;
  private EditorWindow window;

  @Start
  void start(Stage primary) throws Exception {
    session = CarShadowProject.open(temporary.resolve("car-shadow"));
    window = EditorWindow.show(new Stage(), session);
  }

  @AfterEach
  void closeWindow(FxRobot robot) {
    robot.interact(() -> window.scene().getWindow().hide());
  }

  @Test
  void tShowsThePanelUnderTheTimelineAClickSeeksAndTHidesIt(FxRobot robot) throws Exception {
    Node panel = robot.lookup("#trace-panel").query();
    assertFalse(panel.isVisible(), "hidden until asked for");

    robot.type(KeyCode.T);

    assertTrue(panel.isVisible());
    Bounds timeline = sceneBounds(robot.lookup(".timeline").query());
    Bounds trace = sceneBounds(panel);
    assertTrue(trace.getMinY() >= timeline.getMaxY() - 1, trace + " under " + timeline);
    assertTrue(trace.getHeight() > 100, "room for the chart: " + trace);
    WaitForAsyncUtils.waitFor(PATIENCE_SECONDS, TimeUnit.SECONDS, () -> jobsEnded(window));
    WaitForAsyncUtils.waitForFxEvents(); // a job's state shows just before its result arrives
    assertEquals(
        List.of(JobState.DONE, JobState.DONE),
        window.jobs().jobs().stream().map(JobEntry::state).toList(),
        "leave-one-out J and true J");
    TraceChart chart = robot.lookup("#trace-chart").queryAs(TraceChart.class);
    List<Integer> sizes =
        chart.getData().stream().map(XYChart.Series::getData).map(List::size).toList();
    assertEquals(List.of(36, 2, 40), sizes, "confidence, leave-one-out J, true J");

    robot.clickOn(onPlot(chart, 25));
    assertEquals(25, session.currentFrame());
    robot.clickOn(onPlot(chart, 3));
    assertEquals(3, session.currentFrame());

    robot.type(KeyCode.T);
    assertFalse(panel.isVisible());
    assertEquals(3, session.currentFrame(), "T is not a frame key");
  }

  private static boolean jobsEnded(EditorWindow window) {
    return !window.jobs().jobs().isEmpty()
        && window.jobs().jobs().stream().allMatch(job -> job.state().isFinished());
  }

  /** A point in the middle of the plot's height, at {@code frame}, on the screen. */
  private static Point2D onPlot(TraceChart chart, int frame) {
    NumberAxis x = (NumberAxis) chart.getXAxis();
    double screenX = x.localToScreen(x.getDisplayPosition(frame), 0).getX();
    double screenY = chart.getYAxis().localToScreen(0, chart.getYAxis().getHeight() / 2).getY();
    return new Point2D(screenX, screenY);
  }

  private static Bounds sceneBounds(Node node) {
    return node.localToScene(node.getBoundsInLocal());
  }
}
