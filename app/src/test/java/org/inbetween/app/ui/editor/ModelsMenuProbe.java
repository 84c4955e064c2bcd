package org.inbetween.app.ui.editor;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.TextField;
import org.inbetween.app.ui.commands.UiText;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** What the tests of the Models menu's commands share: the menu's items, a command's dialog. */
final class ModelsMenuProbe {
  /** Only reached when the dialog never opens; never a measure of speed. */
  private static final long PATIENCE_SECONDS = 240;

  private ModelsMenuProbe() {}

  /** Asserts that the window's Models menu offers each command in {@code ids} by its label. */
  static void assertOffers(FxRobot robot, EditorWindow window, String... ids) {
    UiText text = UiText.load(UiText.COMMANDS, UiText.REVIEW, UiText.JOBS, EditorWindow.STRINGS);
    MenuBar bar = robot.lookup(".menu-bar").queryAs(MenuBar.class);
    Menu models =
        bar.getMenus().stream()
            .filter(menu -> menu.getText().equals(text.format("menu.models")))
            .findFirst()
            .orElseThrow();
    for (String id : ids) {
      String label = text.format(window.commands().get(id).labelKey());
      assertTrue(
          models.getItems().stream().anyMatch(item -> label.equals(item.getText())),
          "the Models menu offers " + label);
    }
  }

  /**
   * Runs command {@code id} as its menu item does, without waiting for it (it opens a dialog and
   * waits for the answer), and returns the steps field of the dialog {@code stepsId} once open.
   */
  static TextField openStepsDialog(FxRobot robot, EditorWindow window, String id, String stepsId)
      throws Exception {
    Platform.runLater(() -> window.commands().get(id).execute());
    WaitForAsyncUtils.waitFor(
        PATIENCE_SECONDS, TimeUnit.SECONDS, () -> !robot.lookup(stepsId).queryAll().isEmpty());
    return robot.lookup(stepsId).queryAs(TextField.class);
  }
}
