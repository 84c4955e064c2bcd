package org.inbetween.app.ui.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.inbetween.app.project.NewProject;
import org.inbetween.app.project.store.ProjectStore;
import org.inbetween.app.training.ProjectNerTask;
import org.inbetween.app.ui.HeadlessFx;
import org.inbetween.app.ui.session.EditorSession;
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
 * The Models menu offers "Train saliency model on this project" and "Predict video saliency"; the
 * training command asks for the steps (200 offered) and starts nothing when the dialog is
 * cancelled. What the job does is {@code ProjectNerTaskTest}'s subject.
 */
@ExtendWith(ApplicationExtension.class)
class TrainSaliencyFromTheEditorTest {
  static {
    HeadlessFx.configure();
  }

  @TempDir Path temporary;
  private EditorWindow window;

  @Start
  void start(Stage primary) throws Exception {
    ProjectStore store = ProjectStore.create(temporary.resolve("p"), NewProject.demo());
    store.addObject("ellipse");
    window = EditorWindow.show(new Stage(), new EditorSession(store, new DemoVideo()));
  }

  @AfterEach
  void closeWindow(FxRobot robot) {
    robot.interact(() -> window.scene().getWindow().hide());
  }

  @Test
  void theModelsMenuOffersTrainingAndPredictionAndCancelStartsNothing(FxRobot robot)
      throws Exception {
    ModelsMenuProbe.assertOffers(robot, window, "models.trainNer", "models.predictNer");
    TextField steps =
        ModelsMenuProbe.openStepsDialog(robot, window, "models.trainNer", "#trainNer-steps");
    assertEquals(Long.toString(ProjectNerTask.DEFAULT_STEPS), steps.getText());
    // The dialog's own Cancel button: a lookup by text also finds the jobs panel's.
    Button cancel =
        (Button) ((DialogPane) steps.getScene().getRoot()).lookupButton(ButtonType.CANCEL);
    robot.interact(cancel::fire);
    WaitForAsyncUtils.waitForFxEvents();
    assertTrue(window.jobs().jobs().isEmpty(), "a cancelled dialog starts no job");
  }
}
