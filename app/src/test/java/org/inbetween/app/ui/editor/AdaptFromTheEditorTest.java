package org.inbetween.app.ui.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.DialogPane;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.inbetween.app.project.FrameState;
import org.inbetween.app.project.MachineLayer;
import org.inbetween.app.project.Provenance;
import org.inbetween.app.project.store.ProjectStore;
import org.inbetween.app.training.AdaptRequest;
import org.inbetween.app.ui.HeadlessFx;
import org.inbetween.app.ui.jobs.JobState;
import org.inbetween.app.ui.tools.TestSessions;
import org.inbetween.app.video.demo.DemoVideo;
import org.inbetween.models.fgplg.CheckpointInfo;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Models › Adapt FGPLG to this project, driven through the menu on a demo project with human
 * keyframes 0, 3, 6, 9 and 12: the job fine-tunes the bundled model on them, relabels the gaps with
 * the adapted model, and the dialog at the end shows the held-out J before and after.
 */
@ExtendWith(ApplicationExtension.class)
class AdaptFromTheEditorTest {
  static {
    HeadlessFx.configure();
  }

  /** Only reached when the job never ends; never a measure of speed. */
  private static final long PATIENCE_SECONDS = 240;

  private static final int[] KEYFRAMES = {0, 3, 6, 9, 12};

  @TempDir Path temporary;
  private Path dir;
  private EditorWindow window;

  @Start
  void start(Stage primary) throws Exception {
    dir = temporary.resolve("adapt");
    window = DemoKeyframes.show(dir, KEYFRAMES);
  }

  @AfterEach
  void closeWindow(FxRobot robot) {
    robot.interact(() -> window.scene().getWindow().hide());
  }

  @Test
  void adaptsOnTheKeyframesRelabelsTheGapsAndShowsTheHeldOutJ(FxRobot robot) throws Exception {
    ModelsMenuProbe.assertOffers(robot, window, "models.adapt");
    TextField steps =
        ModelsMenuProbe.openStepsDialog(robot, window, "models.adapt", "#adapt-steps");
    robot.interact(() -> steps.setText("2"));
    robot.clickOn("OK");
    WaitForAsyncUtils.waitFor(
        PATIENCE_SECONDS,
        TimeUnit.SECONDS,
        () -> !robot.lookup("#adapt-result").queryAll().isEmpty());

    String shown = robot.lookup("#adapt-result").queryAs(DialogPane.class).getContentText();
    assertTrue(shown.startsWith("Adapted 2 steps; held-out J"), shown);
    assertTrue(shown.contains("before") && shown.contains("after adapting"), shown);
    assertEquals(JobState.DONE, window.jobs().jobs().get(0).state());
    robot.interact(
        () ->
            robot.lookup("#adapt-result").queryAs(DialogPane.class).getScene().getWindow().hide());
    robot.interact(() -> window.scene().getWindow().hide());

    Path adapted = dir.resolve(AdaptRequest.DEFAULT_OUT).toAbsolutePath().normalize();
    assertEquals(2, CheckpointInfo.read(adapted).steps());
    try (ProjectStore store = TestSessions.reopen(dir)) {
      for (int frame = 1; frame < 12; frame++) {
        if (frame % 3 == 0) {
          assertEquals(new DemoVideo().groundTruth(frame), store.humanMask(frame).orElseThrow());
          continue;
        }
        assertEquals(FrameState.PSEUDO_LABELLED, store.project().frame(frame).state());
        Provenance made = store.machineProvenance(MachineLayer.pseudo(), frame).orElseThrow();
        assertEquals(adapted.toString(), made.model(), "frame " + frame);
      }
    }
  }
}
