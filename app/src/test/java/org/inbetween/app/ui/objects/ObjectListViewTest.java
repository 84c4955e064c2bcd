package org.inbetween.app.ui.objects;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import javafx.scene.Scene;
import javafx.scene.control.ColorPicker;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.inbetween.app.project.TrackedObject;
import org.inbetween.app.project.store.ProjectStore;
import org.inbetween.app.ui.HeadlessFx;
import org.inbetween.app.ui.commands.UiText;
import org.inbetween.app.ui.session.EditorSession;
import org.inbetween.app.ui.tools.TestSessions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The object panel driven with the mouse and keys, on a real project. */
@ExtendWith(ApplicationExtension.class)
class ObjectListViewTest {
  static {
    HeadlessFx.configure();
  }

  @TempDir static Path temporary;
  private Path dir;
  private EditorSession session;
  private ObjectListViewModel model;

  @Start
  void start(Stage stage) throws Exception {
    dir = temporary.resolve("p" + System.nanoTime());
    session = TestSessions.demo(dir, "bus");
    session.currentObjectIdProperty().set(1);
    model = new ObjectListViewModel(TestSessions.synchronousEditor(session));
    ObjectListView view = new ObjectListView(model, UiText.load(UiText.TOOLS));
    stage.setScene(new Scene((javafx.scene.Parent) view.root(), 360, 480));
    stage.show();
  }

  @AfterEach
  void close() throws Exception {
    if (session != null) {
      session.close();
    }
  }

  @Test
  void theColourBoxShowsTheCurrentObjectsColourRightAfterOpening(FxRobot robot) {
    TrackedObject bus = session.project().object(1).orElseThrow();
    Color shown = robot.lookup("#object-colour").queryAs(ColorPicker.class).getValue();
    assertEquals(bus.rgb(), rgb(shown), "not the picker's default white");
  }

  @Test
  void plusAddsObjectNAtOnceAndItsNameIsTypedInPlace(FxRobot robot) throws Exception {
    robot.clickOn("#object-add");
    WaitForAsyncUtils.waitForFxEvents();
    assertEquals(List.of("bus", "object 2"), names());
    assertEquals(2, model.currentObjectIdProperty().get(), "the new object is current");
    TextField field = robot.lookup("#object-rename-field").queryAs(TextField.class);
    assertTrue(field.isFocused(), "its name is open for typing");

    robot.write("car").type(KeyCode.ENTER);
    WaitForAsyncUtils.waitForFxEvents();
    assertEquals(List.of("bus", "car"), names());
    session.close();
    session = null;
    try (ProjectStore reopened = TestSessions.reopen(dir)) {
      assertEquals("car", reopened.project().object(2).orElseThrow().name());
    }
  }

  private List<String> names() {
    return model.objects().stream().map(TrackedObject::name).toList();
  }

  private static int rgb(Color colour) {
    return (int) Math.round(colour.getRed() * 255) << 16
        | (int) Math.round(colour.getGreen() * 255) << 8
        | (int) Math.round(colour.getBlue() * 255);
  }
}
