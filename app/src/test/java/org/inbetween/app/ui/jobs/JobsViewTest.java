package org.inbetween.app.ui.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Region;
import javafx.stage.Stage;
import org.inbetween.app.task.Progress;
import org.inbetween.app.task.Task;
import org.inbetween.app.ui.HeadlessFx;
import org.inbetween.app.ui.commands.UiText;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** A user cancels a running job from the panel; the window stays responsive throughout. */
@ExtendWith(ApplicationExtension.class)
class JobsViewTest {
  static {
    HeadlessFx.configure();
  }

  /** Only reached when something hangs; never a measure of speed. */
  private static final long PATIENCE_SECONDS = 30;

  /** The window's height; the panel sits under a growing viewer, as in the editor. */
  private static final double WINDOW_HEIGHT = 600;

  private final FxTaskRunner runner = FxTaskRunner.create(1);
  private JobsView view;

  @Start
  void start(Stage stage) {
    view = new JobsView(runner, UiText.load(Locale.ENGLISH, UiText.JOBS));
    BorderPane window = new BorderPane(new Region());
    window.setBottom(view.root());
    stage.setScene(new Scene(window, 420, WINDOW_HEIGHT));
    stage.show();
  }

  @AfterEach
  void stop() throws Exception {
    WaitForAsyncUtils.asyncFx(runner::close).get();
  }

  /** Works until cancelled, reporting as it goes. */
  private static Task<Void> endless(CountDownLatch started) {
    return new Task<>() {
      @Override
      public String title() {
        return "Pseudo-label demo";
      }

      @Override
      public Void run(Progress progress) throws InterruptedException {
        for (long step = 0; ; step++) {
          progress.checkCancelled();
          progress.update(step % 1000, 1000, "frame " + step);
          started.countDown();
          Thread.sleep(2);
        }
      }
    };
  }

  @Test
  void theCancelButtonStopsARunningJob(FxRobot robot) throws Exception {
    CountDownLatch started = new CountDownLatch(1);
    CompletableFuture<Void> future =
        WaitForAsyncUtils.asyncFx(() -> runner.runAsync(endless(started))).get();
    assertTrue(started.await(PATIENCE_SECONDS, TimeUnit.SECONDS));
    WaitForAsyncUtils.waitFor(
        PATIENCE_SECONDS,
        TimeUnit.SECONDS,
        () -> label(robot, ".job-message").startsWith("frame "));
    assertEquals("running", label(robot, ".job-state"));

    robot.clickOn(".job-cancel");
    WaitForAsyncUtils.waitFor(
        PATIENCE_SECONDS, TimeUnit.SECONDS, () -> label(robot, ".job-state").equals("cancelled"));
    assertTrue(future.isCompletedExceptionally());
    assertEquals(JobState.CANCELLED, runner.jobs().get(0).state());

    robot.clickOn("#jobs-clear");
    WaitForAsyncUtils.waitForFxEvents();
    assertTrue(runner.jobs().isEmpty());
  }

  /**
   * With several jobs queued the panel stays a strip of two rows under the viewer (it used to take
   * nearly half the window and hide the object list until the jobs were cleared).
   */
  @Test
  void manyJobsKeepThePanelASlimStrip(FxRobot robot) throws Exception {
    CountDownLatch started = new CountDownLatch(1);
    for (int job = 0; job < 5; job++) {
      WaitForAsyncUtils.asyncFx(() -> runner.runAsync(endless(started))).get();
    }
    assertTrue(started.await(PATIENCE_SECONDS, TimeUnit.SECONDS));
    WaitForAsyncUtils.waitForFxEvents();
    double panel = view.root().getLayoutBounds().getHeight();
    double twoRowsAndHeading = JobsView.VISIBLE_ROWS * JobsView.ROW_HEIGHT + 12;
    assertTrue(panel <= twoRowsAndHeading, "panel height " + panel);
    assertTrue(panel < WINDOW_HEIGHT / 4, "panel height " + panel + " of " + WINDOW_HEIGHT);
  }

  private static String label(FxRobot robot, String query) {
    WaitForAsyncUtils.waitForFxEvents();
    return robot.lookup(query).queryAs(Label.class).getText();
  }
}
