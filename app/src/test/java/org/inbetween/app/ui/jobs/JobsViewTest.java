package org.inbetween.app.ui.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.Label;
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

  private final FxTaskRunner runner = FxTaskRunner.create(1);

  @Start
  void start(Stage stage) {
    JobsView view = new JobsView(runner, UiText.load(Locale.ENGLISH, UiText.JOBS));
    stage.setScene(new Scene(view.root(), 420, 240));
    stage.show();
  }

  @AfterEach
  void stop() {
    runner.close();
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

  private static String label(FxRobot robot, String query) {
    WaitForAsyncUtils.waitForFxEvents();
    return robot.lookup(query).queryAs(Label.class).getText();
  }
}
