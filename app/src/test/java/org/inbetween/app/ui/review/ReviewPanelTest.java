package org.inbetween.app.ui.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.inbetween.app.project.FrameRecord;
import org.inbetween.app.project.FrameState;
import org.inbetween.app.project.store.ProjectStore;
import org.inbetween.app.review.ReviewFixture;
import org.inbetween.app.ui.HeadlessFx;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** A reviewer at the keyboard, headless (Monocle): A accepts, R asks a reason and rejects. */
@ExtendWith(ApplicationExtension.class)
class ReviewPanelTest {
  static {
    HeadlessFx.configure();
  }

  @TempDir Path dir;
  private ReviewWorkbench bench;

  @Start
  void start(Stage stage) throws Exception {
    bench = new ReviewWorkbench(stage, dir, "ana");
  }

  @AfterEach
  void closeProject() throws Exception {
    robotInteract(() -> bench.close());
  }

  private static void robotInteract(ThrowingRunnable work) throws Exception {
    WaitForAsyncUtils.asyncFx(
            () -> {
              work.run();
              return null;
            })
        .get();
  }

  private interface ThrowingRunnable {
    void run() throws Exception;
  }

  private static String label(FxRobot robot, String query) {
    WaitForAsyncUtils.waitForFxEvents();
    return robot.lookup(query).queryAs(Label.class).getText();
  }

  @Test
  void aAcceptsAndRRejectsWithAReason(FxRobot robot) throws Exception {
    assertEquals("9", label(robot, "#review-count-remaining"));
    robot.type(KeyCode.A);
    assertEquals(FrameState.ACCEPTED, bench.session.project().frame(4).state());
    assertEquals("1", label(robot, "#review-count-accepted"));
    assertEquals("8", label(robot, "#review-count-remaining"));
    assertEquals("Frame 4 accepted", label(robot, "#review-message"));
    assertEquals(6, bench.session.currentFrame(), "moved on to the next worst frame");

    robot.type(KeyCode.R);
    WaitForAsyncUtils.waitForFxEvents();
    robot.write("a leak at the edge"); // the "a"s go into the reason, not to Accept
    robot.type(KeyCode.ENTER);
    WaitForAsyncUtils.waitForFxEvents();
    assertEquals(FrameState.REJECTED, bench.session.project().frame(6).state());
    assertEquals(FrameState.PSEUDO_LABELLED, bench.session.project().frame(2).state());
    assertEquals("1", label(robot, "#review-count-rejected"));
    assertEquals("1", label(robot, "#review-count-accepted"));

    assertTrue(ReviewFixture.journalHasDecision(dir, 4, "ACCEPT", "ana"));
    assertTrue(ReviewFixture.journalHasDecision(dir, 6, "REJECT", "ana"));
    robotInteract(() -> bench.close());
    try (ProjectStore reopened = ProjectStore.open(dir)) {
      FrameRecord rejected = reopened.project().frame(6);
      assertEquals(FrameState.REJECTED, rejected.state());
      assertEquals("a leak at the edge", rejected.lastReview().orElseThrow().reason());
      assertEquals("ana", rejected.lastReview().orElseThrow().reviewer());
      assertEquals(FrameState.ACCEPTED, reopened.project().frame(4).state());
    }
  }

  @Test
  void escapeWithdrawsARejection(FxRobot robot) {
    robot.type(KeyCode.R);
    WaitForAsyncUtils.waitForFxEvents();
    assertTrue(robot.lookup("#review-reason-row").query().isVisible());
    robot.type(KeyCode.ESCAPE);
    WaitForAsyncUtils.waitForFxEvents();
    assertFalse(robot.lookup("#review-reason-row").query().isVisible());
    assertEquals(FrameState.PSEUDO_LABELLED, bench.session.project().frame(4).state());
  }

  @Test
  void theButtonsDoWhatTheKeysDo(FxRobot robot) {
    robot.clickOn("#cmd-review-accept");
    assertEquals(FrameState.ACCEPTED, bench.session.project().frame(4).state());
    robot.type(KeyCode.N);
    WaitForAsyncUtils.waitForFxEvents();
    assertEquals(2, bench.model.currentProperty().get().frame(), "N moves past frame 6");
    robot.push(KeyCode.SHIFT, KeyCode.N);
    WaitForAsyncUtils.waitForFxEvents();
    assertEquals(6, bench.model.currentProperty().get().frame());
  }

  @Test
  void f1ListsEveryShortcutAndEscClosesIt(FxRobot robot) {
    robot.type(KeyCode.F1);
    WaitForAsyncUtils.waitForFxEvents();
    assertTrue(bench.help.isShowing());
    assertTrue(
        robot.lookup(".help-label").queryAllAs(Label.class).stream()
            .anyMatch(l -> l.getText().equals("Accept")));
    assertEquals(bench.registry.commands().size(), robot.lookup(".help-keys").queryAll().size());
    robot.type(KeyCode.A); // the overlay is open: keys still work, it is help, not a dialog
    robot.type(KeyCode.ESCAPE);
    WaitForAsyncUtils.waitForFxEvents();
    assertFalse(bench.help.isShowing());
    robot.type(KeyCode.F1);
    robot.type(KeyCode.F1);
    WaitForAsyncUtils.waitForFxEvents();
    assertFalse(bench.help.isShowing(), "F1 toggles");
  }
}
