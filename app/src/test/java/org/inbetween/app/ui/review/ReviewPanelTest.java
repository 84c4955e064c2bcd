package org.inbetween.app.ui.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.inbetween.app.project.FrameRecord;
import org.inbetween.app.project.FrameState;
import org.inbetween.app.project.MachineLayer;
import org.inbetween.app.project.Provenance;
import org.inbetween.app.project.store.ProjectStore;
import org.inbetween.app.quality.ModelDisagreement;
import org.inbetween.app.quality.ShiftedMasks;
import org.inbetween.app.review.ReviewFixture;
import org.inbetween.app.review.ReviewItem;
import org.inbetween.app.ui.HeadlessFx;
import org.inbetween.app.video.demo.DemoVideo;
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
  void theQueueCanBeOrderedByDisagreementWithAModelLayer(FxRobot robot) throws Exception {
    MachineLayer model = MachineLayer.model("u2netp");
    DemoVideo demo = new DemoVideo();
    Map<Integer, Integer> shifts = Map.of(7, 40, 3, 20, 5, 6);
    System.gc(); // the order choice must still hear of new model layers after a collection
    robotInteract(
        () -> {
          for (int frame = 1; frame <= 9; frame++) {
            bench
                .session
                .store()
                .putMachineMask(
                    model,
                    ShiftedMasks.right(demo.groundTruth(frame), shifts.getOrDefault(frame, 0)),
                    Provenance.of("u2netp", "test", "1", Map.of()));
          }
          bench.session.edited();
        });
    @SuppressWarnings("unchecked")
    ComboBox<String> order =
        robot.from(bench.scene.getRoot()).lookup("#review-order").queryAs(ComboBox.class);
    List<String> choices = List.of("", "model/u2netp");
    WaitForAsyncUtils.waitFor(
        30, TimeUnit.SECONDS, () -> onFx(() -> List.copyOf(order.getItems())).equals(choices));

    robot.interact(() -> order.setValue("model/u2netp"));
    WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> queueFrames().get(0) == 7);

    List<Integer> frames = queueFrames();
    assertEquals(List.of(7, 3, 5), frames.subList(0, 3), "highest disagreement first");
    assertEquals(Set.of(1, 2, 4, 6, 8, 9), Set.copyOf(frames.subList(3, 9)));
    ReviewItem top = bench.model.queue().get(0);
    assertEquals(
        ModelDisagreement.between(ShiftedMasks.right(demo.groundTruth(7), 40), demo.groundTruth(7)),
        top.disagreement().getAsDouble(),
        1e-12);
    assertEquals(0, bench.model.queue().get(3).disagreement().getAsDouble());
    WaitForAsyncUtils.waitForFxEvents();
    assertTrue(
        robot.lookup(".review-item-disagreement").queryAllAs(Label.class).stream()
            .anyMatch(
                label ->
                    label
                        .getText()
                        .equals(
                            String.format(
                                Locale.ENGLISH, "\u0394 %.2f", top.disagreement().getAsDouble()))),
        "each item shows its value");

    robot.interact(() -> order.setValue(""));
    assertEquals(ReviewFixture.WORST_FIRST, queueFrames(), "back to confidence order");
    assertEquals(List.of(), bench.failures);
  }

  private List<Integer> queueFrames() throws Exception {
    return onFx(() -> bench.model.queue().stream().map(ReviewItem::frame).toList());
  }

  /**
   * Reads JavaFX state on its own thread: a read from the test thread can meet a list mid-change.
   */
  private static <T> T onFx(Callable<T> read) throws Exception {
    return WaitForAsyncUtils.asyncFx(read).get();
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
