package org.inbetween.app.ui.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.DialogPane;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.inbetween.app.project.FrameState;
import org.inbetween.app.project.store.ProjectStore;
import org.inbetween.app.training.KmnAdaptTask;
import org.inbetween.app.ui.HeadlessFx;
import org.inbetween.app.ui.jobs.JobState;
import org.inbetween.app.ui.tools.TestSessions;
import org.inbetween.app.video.demo.DemoVideo;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Models › Adapt kmn to this project, driven through the menu on a demo project with human
 * keyframes 0, 6 and 12 (the star shows on none of them): the job fine-tunes the kmn decoder on
 * them, writes it into the project and says so in a dialog; no mask changes.
 */
@ExtendWith(ApplicationExtension.class)
class AdaptKmnFromTheEditorTest {
  static {
    HeadlessFx.configure();
  }

  /** Only reached when the job never ends; never a measure of speed. */
  private static final long PATIENCE_SECONDS = 240;

  private static final int[] KEYFRAMES = {0, 6, 12};

  @TempDir Path temporary;
  private Path dir;
  private EditorWindow window;

  @Start
  void start(Stage primary) throws Exception {
    dir = temporary.resolve("adapt-kmn");
    window = DemoKeyframes.show(dir, KEYFRAMES);
  }

  @AfterEach
  void closeWindow(FxRobot robot) {
    robot.interact(() -> window.scene().getWindow().hide());
  }

  @Test
  void adaptsTheDecoderOnTheKeyframesAndSaysWhereItIs(FxRobot robot) throws Exception {
    ModelsMenuProbe.assertOffers(robot, window, "models.adaptKmn");
    TextField steps =
        ModelsMenuProbe.openStepsDialog(robot, window, "models.adaptKmn", "#adaptKmn-steps");
    assertEquals("100", steps.getText());
    robot.interact(() -> steps.setText("3"));
    robot.clickOn("OK");
    WaitForAsyncUtils.waitFor(
        PATIENCE_SECONDS,
        TimeUnit.SECONDS,
        () -> !robot.lookup("#adaptKmn-result").queryAll().isEmpty());

    String shown = robot.lookup("#adaptKmn-result").queryAs(DialogPane.class).getContentText();
    assertTrue(
        shown.startsWith("kmn decoder adapted in 3 steps")
            && shown.contains("on 3 human keyframes of 2 objects"),
        shown);
    assertEquals(JobState.DONE, window.jobs().jobs().get(0).state());
    robot.interact(
        () ->
            robot
                .lookup("#adaptKmn-result")
                .queryAs(DialogPane.class)
                .getScene()
                .getWindow()
                .hide());
    robot.interact(() -> window.scene().getWindow().hide());

    assertTrue(Files.size(dir.resolve(KmnAdaptTask.DEFAULT_OUT)) > 0);
    try (ProjectStore store = TestSessions.reopen(dir)) {
      for (int frame : KEYFRAMES) {
        assertEquals(new DemoVideo().groundTruth(frame), store.humanMask(frame).orElseThrow());
      }
      assertEquals(FrameState.UNLABELLED, store.project().frame(3).state());
    }
  }
}
