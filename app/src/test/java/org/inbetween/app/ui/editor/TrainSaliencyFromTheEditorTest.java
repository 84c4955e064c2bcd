package org.inbetween.app.ui.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.inbetween.app.project.NewProject;
import org.inbetween.app.project.store.ProjectStore;
import org.inbetween.app.training.ProjectNerTask;
import org.inbetween.app.ui.HeadlessFx;
import org.inbetween.app.ui.commands.UiText;
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

  /** Only reached when the dialog never opens; never a measure of speed. */
  private static final long PATIENCE_SECONDS = 60;

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
    UiText text = UiText.load(UiText.COMMANDS, UiText.REVIEW, UiText.JOBS, EditorWindow.STRINGS);
    MenuBar bar = robot.lookup(".menu-bar").queryAs(MenuBar.class);
    Menu models =
        bar.getMenus().stream()
            .filter(menu -> menu.getText().equals(text.format("menu.models")))
            .findFirst()
            .orElseThrow();
    for (String id : new String[] {"models.trainNer", "models.predictNer"}) {
      String label = text.format(window.commands().get(id).labelKey());
      assertTrue(
          models.getItems().stream().anyMatch(item -> label.equals(item.getText())),
          "the Models menu offers " + label);
    }

    Platform.runLater(() -> window.commands().get("models.trainNer").execute());
    WaitForAsyncUtils.waitFor(
        PATIENCE_SECONDS,
        TimeUnit.SECONDS,
        () -> !robot.lookup("#trainNer-steps").queryAll().isEmpty());
    assertEquals(
        Long.toString(ProjectNerTask.DEFAULT_STEPS),
        robot.lookup("#trainNer-steps").queryAs(TextField.class).getText());
    robot.clickOn("Cancel");
    WaitForAsyncUtils.waitForFxEvents();
    assertTrue(window.jobs().jobs().isEmpty(), "a cancelled dialog starts no job");
  }
}
