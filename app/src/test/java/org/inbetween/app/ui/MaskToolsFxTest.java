package org.inbetween.app.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Point2D;
import javafx.scene.Scene;
import javafx.scene.image.ImageView;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Pane;
import javafx.stage.Stage;
import org.inbetween.app.editing.ImagePoint;
import org.inbetween.app.project.store.ProjectStore;
import org.inbetween.app.ui.objects.ObjectListView;
import org.inbetween.app.ui.objects.ObjectListViewModel;
import org.inbetween.app.ui.session.EditorSession;
import org.inbetween.app.ui.tools.MaskEditor;
import org.inbetween.app.ui.tools.MaskTools;
import org.inbetween.app.ui.tools.SaveIndicator;
import org.inbetween.app.ui.tools.SaveState;
import org.inbetween.app.ui.tools.TestSessions;
import org.inbetween.app.ui.tools.ToolMouseInput;
import org.inbetween.app.ui.tools.ToolPalette;
import org.inbetween.app.ui.tools.ToolStrings;
import org.inbetween.app.ui.tools.WorkingMaskLayer;
import org.inbetween.models.image.LabelMask;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The mask tools and object panel in a small scene (the demo frame at 1:1 with the tools' mouse
 * adapter), driven with the mouse headless; every check reads the project back from disk.
 */
@ExtendWith(ApplicationExtension.class)
class MaskToolsFxTest {
  static {
    HeadlessFx.configure();
  }

  /** Only reached when a save never completes; never a measure of speed. */
  private static final long PATIENCE_SECONDS = 30;

  @TempDir static Path temporary;
  private Path dir;
  private EditorSession session;
  private MaskEditor editor;
  private MaskTools tools;
  private Pane surface;

  @Start
  void start(Stage stage) throws Exception {
    dir = temporary.resolve("p" + System.nanoTime());
    session = TestSessions.demo(dir, "car", "dog");
    editor = MaskEditor.create(session);
    tools = new MaskTools(editor);
    ToolStrings strings = ToolStrings.load();
    ObjectListViewModel objects = new ObjectListViewModel(editor);
    ObjectListView objectView = new ObjectListView(objects, strings);
    objectView.setConfirmDelete(object -> true);
    ImageView frame = new ImageView(FxImages.frame(session.frames().frame(0)));
    surface =
        new Pane(
            frame, new WorkingMaskLayer(editor, objects.hiddenIds()).node(), tools.previewLayer());
    surface.setId("surface");
    ToolMouseInput.attach(surface, ImagePoint::new, tools);
    BorderPane root = new BorderPane(surface);
    root.setTop(new ToolPalette(tools, strings).root());
    root.setRight(objectView.root());
    root.setBottom(new SaveIndicator(editor, strings).root());
    Scene scene = new Scene(root, 1000, 480);
    scene.getStylesheets().add(ToolStrings.stylesheet());
    stage.setScene(scene);
    stage.show();
  }

  @AfterEach
  void closeProject() throws Exception {
    if (session != null) {
      editor.close();
      session.close();
    }
  }

  @Test
  void aBrushStrokeReachesTheDiskAndUndoTakesItBack(FxRobot robot) throws Exception {
    drag(robot, MouseButton.PRIMARY, new Point2D(100, 100), new Point2D(300, 160));
    awaitSaved(robot);
    LabelMask painted = editor.committed();
    assertTrue(painted.area(1) > 1000, "a 200-pixel stroke of radius 8");
    assertEquals(1, painted.label(200, 130), "the middle of the stroke");

    robot.clickOn("#undo");
    awaitSaved(robot);
    assertTrue(editor.committed().isEmpty());
    robot.clickOn("#redo");
    awaitSaved(robot);

    assertEquals(painted, reopenedMask(), "the project on disk holds the stroke");
  }

  @Test
  void polygonsAddAndSubtractAndFillClosesTheHole(FxRobot robot) throws Exception {
    robot.clickOn("#tool-polygon-add");
    polygon(robot, 100, 60, 300, 260);
    awaitSaved(robot);
    int square = editor.committed().area(1);
    assertEquals(200 * 200, square, 400);

    robot.clickOn("#tool-polygon-subtract");
    polygon(robot, 150, 110, 250, 210);
    awaitSaved(robot);
    assertEquals(0, editor.committed().label(200, 160), "a hole cut out");
    assertTrue(editor.committed().area(1) < square - 9000);

    robot.clickOn("#tool-fill");
    click(robot, MouseButton.PRIMARY, new Point2D(200, 160));
    awaitSaved(robot);
    assertEquals(square, editor.committed().area(1), "the hole is filled again");
    assertEquals(editor.committed(), reopenedMask());
  }

  @Test
  void addingAnObjectSelectsItAndTheBrushPaintsIt(FxRobot robot) throws Exception {
    robot.clickOn("#object-name").write("bird");
    robot.clickOn("#object-add");
    awaitSaved(robot);
    assertEquals(3, session.currentObjectIdProperty().get());

    drag(robot, MouseButton.PRIMARY, new Point2D(50, 300), new Point2D(120, 300));
    awaitSaved(robot);
    assertTrue(reopenedMask().area(3) > 0);
  }

  private void drag(FxRobot robot, MouseButton button, Point2D from, Point2D to) {
    robot.moveTo(screen(from));
    robot.press(button);
    robot.moveTo(screen(from.midpoint(to)));
    robot.moveTo(screen(to));
    robot.release(button);
  }

  private void click(FxRobot robot, MouseButton button, Point2D at) {
    robot.moveTo(screen(at));
    robot.clickOn(button);
  }

  /** Clicks the four corners of a rectangle, then the first corner again to close it. */
  private void polygon(FxRobot robot, double x0, double y0, double x1, double y1) {
    Point2D[] corners = {
      new Point2D(x0, y0), new Point2D(x1, y0), new Point2D(x1, y1), new Point2D(x0, y1)
    };
    for (Point2D corner : corners) {
      click(robot, MouseButton.PRIMARY, corner);
    }
    click(robot, MouseButton.PRIMARY, corners[0]);
  }

  private Point2D screen(Point2D local) {
    return surface.localToScreen(local);
  }

  private void awaitSaved(FxRobot robot) throws Exception {
    WaitForAsyncUtils.waitForFxEvents();
    WaitForAsyncUtils.waitFor(
        PATIENCE_SECONDS,
        TimeUnit.SECONDS,
        () ->
            WaitForAsyncUtils.asyncFx(
                    () ->
                        editor.saveStateProperty().get() == SaveState.SAVED
                            && !editor.busyProperty().get())
                .get());
  }

  /** Closes the project and reads frame 0's human mask as a fresh process would. */
  private LabelMask reopenedMask() throws Exception {
    editor.close();
    session.close();
    session = null;
    try (ProjectStore reopened = TestSessions.reopen(dir)) {
      return reopened.humanMask(0).orElseThrow();
    }
  }
}
