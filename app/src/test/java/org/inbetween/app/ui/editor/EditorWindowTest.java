package org.inbetween.app.ui.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.geometry.Point2D;
import javafx.scene.Cursor;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.DialogPane;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.inbetween.app.editing.ImagePoint;
import org.inbetween.app.project.FrameState;
import org.inbetween.app.project.MachineLayer;
import org.inbetween.app.project.store.ProjectStore;
import org.inbetween.app.review.ReviewFixture;
import org.inbetween.app.ui.HeadlessFx;
import org.inbetween.app.ui.commands.Command;
import org.inbetween.app.ui.commands.UiText;
import org.inbetween.app.ui.jobs.JobState;
import org.inbetween.app.ui.session.EditorSession;
import org.inbetween.app.ui.tools.SaveState;
import org.inbetween.app.ui.tools.TestSessions;
import org.inbetween.app.ui.viewer.FrameView;
import org.inbetween.app.video.demo.DemoVideo;
import org.inbetween.models.flow.FlowPreset;
import org.inbetween.models.image.LabelMask;
import org.inbetween.models.pseudo.GeneratorRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The real editor window, driven with mouse and keys on a project with keyframes and pseudo-labels
 * ({@link ReviewFixture}); every check of saved work reads the project back from disk after the
 * window has closed it.
 */
@ExtendWith(ApplicationExtension.class)
class EditorWindowTest {
  static {
    HeadlessFx.configure();
  }

  /** Only reached when a save never completes; never a measure of speed. */
  private static final long PATIENCE_SECONDS = 30;

  /** A frame with no human mask and no pseudo-label. */
  private static final int BLANK_FRAME = 20;

  @TempDir static Path temporary;
  private Path dir;
  private EditorSession session;
  private EditorWindow window;

  @Start
  void start(Stage primary) throws Exception {
    dir = temporary.resolve("p" + System.nanoTime());
    session = new EditorSession(ReviewFixture.create(dir), new DemoVideo());
    session.userNameProperty().set(ReviewFixture.REVIEWER);
    window = EditorWindow.show(new Stage(), session);
  }

  @AfterEach
  void closeWindow(FxRobot robot) {
    robot.interact(() -> window.scene().getWindow().hide());
  }

  @Test
  void keysStepThroughFramesAndKeyframes(FxRobot robot) {
    goTo(robot, 0);
    robot.type(KeyCode.RIGHT);
    assertEquals(1, session.currentFrame());
    robot.press(KeyCode.SHIFT).type(KeyCode.RIGHT).release(KeyCode.SHIFT);
    assertEquals(6, session.currentFrame(), "Shift+Right moves by l = 5");
    robot.type(KeyCode.END);
    assertEquals(DemoVideo.FRAME_COUNT - 1, session.currentFrame());
    robot.type(KeyCode.HOME);
    robot.type(KeyCode.PAGE_DOWN);
    assertEquals(5, session.currentFrame(), "next keyframe slot");
    robot.type(KeyCode.U);
    assertEquals(15, session.currentFrame(), "next slot without a human mask (10 has one)");
  }

  /**
   * Frame keys keep working after a click on a side-panel control: with a Layers checkbox focused,
   * End goes to the last frame and Home to the first, and the side panel keeps its tab.
   */
  @Test
  void frameKeysWorkWhateverSidePanelControlHasTheFocus(FxRobot robot) {
    goTo(robot, 3);
    TabPane tabs = robot.lookup("#side-tabs").queryAs(TabPane.class);
    robot.interact(() -> tabs.getSelectionModel().select(1));
    CheckBox layer =
        robot
            .lookup(node -> node.getId() != null && node.getId().startsWith("layer-visible-"))
            .queryAs(CheckBox.class);
    robot.interact(layer::requestFocus);
    assertTrue(layer.isFocused(), "the checkbox has the focus");
    robot.type(KeyCode.END);
    assertEquals(DemoVideo.FRAME_COUNT - 1, session.currentFrame());
    robot.type(KeyCode.HOME);
    assertEquals(0, session.currentFrame());
    robot.type(KeyCode.RIGHT);
    assertEquals(1, session.currentFrame());
    assertEquals(1, tabs.getSelectionModel().getSelectedIndex(), "the Layers tab stays");
    robot.interact(tabs::requestFocus);
    robot.type(KeyCode.HOME);
    assertEquals(0, session.currentFrame(), "Home with the tab headers focused");
    robot.type(KeyCode.END);
    assertEquals(DemoVideo.FRAME_COUNT - 1, session.currentFrame(), "End with the tab headers");
    assertEquals(1, tabs.getSelectionModel().getSelectedIndex(), "the Layers tab stays");
  }

  @Test
  void everyCommandHasALabelAndNoShortcutIsTakenTwice() {
    UiText text = UiText.load(UiText.COMMANDS, UiText.REVIEW, UiText.JOBS, EditorWindow.STRINGS);
    Set<String> shortcuts = new HashSet<>();
    for (Command command : window.commands().commands()) {
      assertTrue(text.has(command.labelKey()), "label of " + command.id());
      assertTrue(text.has(command.menuKey()), "menu of " + command.id());
      command
          .shortcut()
          .ifPresent(
              keys ->
                  assertTrue(
                      shortcuts.add(keys.getDisplayText()),
                      keys.getDisplayText() + " is taken twice, again by " + command.id()));
    }
    assertTrue(shortcuts.size() >= 40, "every frequent action has a key: " + shortcuts);
  }

  /**
   * The user guide's shortcut table names every key the editor binds (it once lacked Ctrl+G and
   * Ctrl+E). Keys are compared as the table writes them: arrows as symbols, Page Up as PageUp.
   */
  @Test
  void theUserGuideListsEveryShortcut() throws Exception {
    String guide = Files.readString(Path.of("..", "docs", "user-guide.md"));
    String table = guide.substring(guide.indexOf("## 6. Keyboard shortcuts"));
    table = table.substring(0, table.indexOf("\n## ", 3));
    List<String> missing = new ArrayList<>();
    for (Command command : window.commands().commands()) {
      Optional<String> keys = command.shortcut().map(k -> asWrittenInTheGuide(k.getDisplayText()));
      if (keys.isPresent() && !inTable(table, keys.get())) {
        missing.add(keys.get() + " (" + command.id() + ")");
      }
    }
    assertTrue(missing.isEmpty(), "not in docs/user-guide.md section 6: " + missing);
  }

  private static String asWrittenInTheGuide(String displayText) {
    return displayText
        .replace("Left", "\u2190")
        .replace("Right", "\u2192")
        .replace("Page Up", "PageUp")
        .replace("Page Down", "PageDown");
  }

  /** True if a table cell names {@code keys}, alone or in a "A / B" or "1–9" group. */
  private static boolean inTable(String table, String keys) {
    for (String cell : table.split("\\|")) {
      for (String alternative : cell.trim().split(" / ")) {
        String written = alternative.trim();
        if (written.equals(keys) || digitRange(written, keys)) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean digitRange(String written, String keys) {
    return written.matches("\\d\u2013\\d")
        && keys.length() == 1
        && keys.charAt(0) >= written.charAt(0)
        && keys.charAt(0) <= written.charAt(2);
  }

  /**
   * A smart selection (GrabCut, seconds on a full-size frame) shows a badge over the frame and the
   * wait cursor while it works, and both go when the mask arrives.
   */
  @Test
  void aSmartSelectionShowsThatItIsWorking(FxRobot robot) throws Exception {
    goTo(robot, BLANK_FRAME);
    CountDownLatch finish = new CountDownLatch(1);
    robot.interact(
        () ->
            window
                .editor()
                .refineInBackground(
                    (frame, mask, objectId) -> {
                      finish.await(PATIENCE_SECONDS, TimeUnit.SECONDS);
                      return mask;
                    }));
    Node badge = robot.lookup("#refining-indicator").query();
    assertTrue(badge.isVisible(), "the badge shows while the selection is worked out");
    assertEquals(Cursor.WAIT, badge.getParent().getCursor());
    finish.countDown();
    WaitForAsyncUtils.waitFor(PATIENCE_SECONDS, TimeUnit.SECONDS, () -> !badge.isVisible());
    assertEquals(Cursor.DEFAULT, badge.getParent().getCursor());
  }

  /**
   * While Ctrl+G's job runs, the window (timeline, review queue) is told of each labelled frame,
   * not only when the whole job ends: the session's revision moves several times during the job.
   */
  @Test
  void thePseudoLabelJobUpdatesTheWindowFrameByFrame(FxRobot robot) throws Exception {
    List<Long> revisions = new CopyOnWriteArrayList<>();
    robot.interact(
        () -> session.revisionProperty().addListener((o, old, now) -> revisions.add((Long) now)));
    CompletableFuture<?> job =
        WaitForAsyncUtils.asyncFx(() -> window.generatePseudoLabels(EditorWindow.DEFAULT_GENERATOR))
            .get();
    job.get(PATIENCE_SECONDS * 4, TimeUnit.SECONDS);
    WaitForAsyncUtils.waitForFxEvents();
    assertTrue(revisions.size() >= 3, "window updates during the job: " + revisions.size());
  }

  /**
   * File › Rename project… names the project (journaled, as {@code inbetween rename}); a name that
   * is a path is refused with a message and the name stays.
   */
  @Test
  void theProjectIsRenamedFromTheFileMenu(FxRobot robot) throws Exception {
    rename(robot, "Street crossing");
    WaitForAsyncUtils.waitFor(
        PATIENCE_SECONDS,
        TimeUnit.SECONDS,
        () -> session.store().project().name().equals("Street crossing"));

    rename(robot, "../elsewhere");
    WaitForAsyncUtils.waitFor(
        PATIENCE_SECONDS,
        TimeUnit.SECONDS,
        () -> robot.lookup(".dialog-pane").queryAll().size() == 1);
    DialogPane refusal = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
    assertTrue(refusal.getContentText().contains("elsewhere"), refusal.getContentText());
    assertEquals("Street crossing", session.store().project().name());
    robot.interact(() -> refusal.getScene().getWindow().hide());
  }

  private void rename(FxRobot robot, String name) throws Exception {
    // The menu item's action, without waiting for it: it opens a dialog and waits for the answer.
    Platform.runLater(() -> window.commands().get("file.rename").execute());
    WaitForAsyncUtils.waitFor(
        PATIENCE_SECONDS,
        TimeUnit.SECONDS,
        () -> !robot.lookup("#" + ProjectRenaming.FIELD_ID).queryAll().isEmpty());
    robot.interact(
        () -> robot.lookup("#" + ProjectRenaming.FIELD_ID).queryAs(TextField.class).setText(name));
    robot.clickOn("OK");
  }

  @Test
  void brushStrokeIsSavedAndUndoRedoFollowIt(FxRobot robot) throws Exception {
    goTo(robot, BLANK_FRAME);
    robot.type(KeyCode.B);
    drag(robot, new Point2D(100, 100), new Point2D(300, 160));
    awaitSaved();
    LabelMask painted = window.editor().committed();
    assertEquals(1, painted.label(200, 130), "the middle of the stroke");
    assertTrue(painted.area(1) > 1000);

    robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
    awaitSaved();
    assertTrue(window.editor().committed().isEmpty(), "undone");
    assertTrue(session.store().humanMask(BLANK_FRAME).isEmpty(), "no blank mask left behind");
    assertEquals(FrameState.UNLABELLED, session.project().frame(BLANK_FRAME).state());
    robot
        .press(KeyCode.CONTROL, KeyCode.SHIFT)
        .type(KeyCode.Z)
        .release(KeyCode.SHIFT, KeyCode.CONTROL);
    awaitSaved();

    assertEquals(painted, reopened().humanMask(BLANK_FRAME).orElseThrow());
  }

  @Test
  void polygonSubtractCutsAHoleAndFillClosesIt(FxRobot robot) throws Exception {
    goTo(robot, BLANK_FRAME);
    robot.type(KeyCode.P);
    polygon(robot, 100, 60, 300, 260);
    awaitSaved();
    int square = window.editor().committed().area(1);
    assertEquals(200 * 200, square, 400);

    robot.press(KeyCode.SHIFT).type(KeyCode.P).release(KeyCode.SHIFT);
    polygon(robot, 150, 110, 250, 210);
    awaitSaved();
    assertEquals(0, window.editor().committed().label(200, 160), "a hole cut out");

    robot.type(KeyCode.G);
    click(robot, new Point2D(200, 160));
    awaitSaved();
    assertEquals(square, window.editor().committed().area(1), "the hole is filled again");
    assertEquals(window.editor().committed(), reopened().humanMask(BLANK_FRAME).orElseThrow());
  }

  @Test
  void keyframeMarksMadeWithMAreKeptWithTheProject(FxRobot robot) throws Exception {
    goTo(robot, 17);
    robot.type(KeyCode.M);
    goTo(robot, 20);
    robot.type(KeyCode.M);
    goTo(robot, 15);
    robot.type(KeyCode.PAGE_DOWN);
    assertEquals(17, session.currentFrame(), "the marked frame is the next keyframe");
    robot.type(KeyCode.PAGE_DOWN);
    assertEquals(25, session.currentFrame(), "20 was unmarked");

    try (ProjectStore store = reopened()) {
      assertTrue(store.project().isKeyframeSlot(17));
      assertFalse(store.project().isKeyframeSlot(20));
    }
  }

  @Test
  void acceptAndRejectWithKeysReachStateAndJournal(FxRobot robot) throws Exception {
    int worst = ReviewFixture.WORST_FIRST.get(0);
    int second = ReviewFixture.WORST_FIRST.get(1);
    robot.type(KeyCode.A);
    robot.type(KeyCode.R).write("edge leaks").type(KeyCode.ENTER);
    WaitForAsyncUtils.waitForFxEvents();

    assertTrue(ReviewFixture.journalHasDecision(dir, worst, "ACCEPT", ReviewFixture.REVIEWER));
    assertTrue(ReviewFixture.journalHasDecision(dir, second, "REJECT", ReviewFixture.REVIEWER));
    try (ProjectStore store = reopened()) {
      assertEquals(FrameState.ACCEPTED, store.project().frame(worst).state());
      assertEquals(FrameState.REJECTED, store.project().frame(second).state());
      assertTrue(store.humanMask(worst).isPresent(), "accepting copies into the human layer");
    }
  }

  @Test
  void editTurnsThePseudoLabelIntoACorrectedHumanMask(FxRobot robot) throws Exception {
    int worst = ReviewFixture.WORST_FIRST.get(0);
    robot.type(KeyCode.E);
    awaitSaved();
    assertEquals(worst, session.currentFrame(), "E shows the frame being corrected");

    try (ProjectStore store = reopened()) {
      assertEquals(FrameState.CORRECTED, store.project().frame(worst).state());
      assertEquals(new DemoVideo().groundTruth(worst), store.humanMask(worst).orElseThrow());
      assertEquals(
          ReviewFixture.REVIEWER, store.project().frame(worst).humanLabel().orElseThrow().author());
    }
  }

  /**
   * The Pseudo-labels menu offers every registered method besides Ctrl+G's default, and the one
   * chosen is the one that labels the gaps.
   */
  @Test
  void thePseudoLabelsMenuOffersEveryMethod(FxRobot robot) throws Exception {
    for (String method : GeneratorRegistry.standard().factories().keySet()) {
      String id =
          method.equals(EditorWindow.DEFAULT_GENERATOR)
              ? "labels.generate"
              : EditorCommands.generateCommandId(method);
      assertEquals("menu.labels", window.commands().get(id).menuKey(), method);
    }
    robot.interact(() -> window.commands().get(EditorCommands.generateCommandId("copy")).execute());
    awaitFirstJobDone();

    try (ProjectStore store = reopened()) {
      assertEquals(
          "copy", store.machineProvenance(MachineLayer.pseudo(), 5).orElseThrow().method());
    }
  }

  @Test
  void theOpticalFlowChosenInItsDialogIsWhatTheNextRunComputes(FxRobot robot) throws Exception {
    String medium = "#" + FlowPresetDialog.choiceId(FlowPreset.MEDIUM);
    Platform.runLater(() -> window.commands().get("labels.flow").execute());
    WaitForAsyncUtils.waitFor(
        PATIENCE_SECONDS, TimeUnit.SECONDS, () -> !robot.lookup(medium).queryAll().isEmpty());
    String current = "#" + FlowPresetDialog.choiceId(FlowPreset.ULTRAFAST);
    assertTrue(robot.lookup(current).queryAs(RadioButton.class).isSelected(), "the setting now");
    robot.clickOn(medium);
    robot.clickOn("OK");
    WaitForAsyncUtils.waitForFxEvents();
    assertEquals(FlowPreset.MEDIUM, session.project().flowPreset());

    robot.interact(() -> window.commands().get(EditorCommands.generateCommandId("warp")).execute());
    awaitFirstJobDone();
    String message =
        WaitForAsyncUtils.asyncFx(() -> window.jobs().jobs().get(0).messageProperty().get()).get();
    assertTrue(message.endsWith("frames/s, flow: DIS medium"), message);

    try (ProjectStore store = reopened()) {
      assertEquals(FlowPreset.MEDIUM, store.project().flowPreset());
      assertEquals(
          "medium",
          store
              .machineProvenance(MachineLayer.pseudo(), 5)
              .orElseThrow()
              .parameters()
              .get("preset"));
    }
  }

  @Test
  void propagateFromThisFrameFillsToTheEndOfTheVideoWithKmn(FxRobot robot) throws Exception {
    int anchor = DemoVideo.FRAME_COUNT - 6; // a short run: kmn is slow on 2 cores
    robot.interact(
        () -> {
          try {
            session.store().putHumanMask(new DemoVideo().groundTruth(anchor), "tester");
          } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
          }
        });
    goTo(robot, anchor);
    robot.interact(() -> window.commands().get("labels.propagate").execute());
    awaitFirstJobDone();

    try (ProjectStore store = reopened()) {
      int last = DemoVideo.FRAME_COUNT - 1;
      var provenance = store.machineProvenance(MachineLayer.pseudo(), last).orElseThrow();
      assertEquals(EditorWindow.PROPAGATION_METHOD, provenance.method());
      assertEquals(Integer.toString(anchor), provenance.parameters().get("keyframes"));
      assertEquals(FrameState.PSEUDO_LABELLED, store.project().frame(anchor + 1).state());
    }
  }

  @Test
  void qShowsTheSuggestedKeyframeAndSaysWhyInTheJobsPanel(FxRobot robot) throws Exception {
    goTo(robot, 5);
    robot.type(KeyCode.Q);
    awaitFirstJobDone();
    WaitForAsyncUtils.waitForFxEvents();

    int shown = session.currentFrameProperty().get();
    assertTrue(
        shown > 10, "the unlabelled frames after keyframe 10 carry the most error: " + shown);
    String message =
        WaitForAsyncUtils.asyncFx(() -> window.jobs().jobs().get(0).messageProperty().get()).get();
    assertEquals(
        "Label frame " + shown + " next (after keyframe 10",
        message.substring(0, message.indexOf(',')),
        message);
  }

  @Test
  void ctrlGFillsTheGapInTheJobsPanelWithoutTouchingHumanMasks(FxRobot robot) throws Exception {
    LabelMask keyframe = new DemoVideo().groundTruth(10);
    robot.press(KeyCode.CONTROL).type(KeyCode.G).release(KeyCode.CONTROL);
    awaitFirstJobDone();

    try (ProjectStore store = reopened()) {
      assertEquals(
          "fgplg", store.machineProvenance(MachineLayer.pseudo(), 5).orElseThrow().method());
      assertEquals(keyframe, store.humanMask(10).orElseThrow(), "the keyframe is untouched");
      assertEquals(FrameState.PSEUDO_LABELLED, store.project().frame(5).state());
    }
  }

  @Test
  void theGenerateCommandNamesTheMethodItsJobRuns() {
    UiText text = UiText.load(UiText.COMMANDS, UiText.REVIEW, UiText.JOBS, EditorWindow.STRINGS);
    String label = text.format(window.commands().get("labels.generate").labelKey());
    assertTrue(label.toLowerCase(java.util.Locale.ROOT).contains("fgplg"), label);
  }

  @Test
  void ctrlEExportsTheOpenProjectAsADatasetInTheJobsPanel(FxRobot robot) throws Exception {
    Path out = temporary.resolve("dataset" + System.nanoTime());
    robot.press(KeyCode.CONTROL).type(KeyCode.E).release(KeyCode.CONTROL);
    WaitForAsyncUtils.waitForFxEvents();
    robot.interact(
        () -> robot.lookup("#export-folder").queryAs(TextField.class).setText(out.toString()));
    robot.clickOn("OK");
    awaitFirstJobDone();

    assertTrue(Files.isRegularFile(out.resolve("inbetween-manifest.json")));
    assertEquals(
        new DemoVideo().groundTruth(10),
        org.inbetween.models.image.Masks.fromPng(
            out.resolve("Annotations/480p/demo/00010.png"), 10));
  }

  private void goTo(FxRobot robot, int frame) {
    robot.interact(() -> session.currentFrameProperty().set(frame));
    WaitForAsyncUtils.waitForFxEvents();
  }

  private void drag(FxRobot robot, Point2D from, Point2D to) {
    robot.moveTo(screen(from));
    robot.press(MouseButton.PRIMARY);
    robot.moveTo(screen(from.midpoint(to)));
    robot.moveTo(screen(to));
    robot.release(MouseButton.PRIMARY);
  }

  private void click(FxRobot robot, Point2D at) {
    robot.moveTo(screen(at));
    robot.clickOn(MouseButton.PRIMARY);
  }

  /** Clicks the four corners of a rectangle, then the first corner again to close it. */
  private void polygon(FxRobot robot, double x0, double y0, double x1, double y1) {
    Point2D[] corners = {
      new Point2D(x0, y0), new Point2D(x1, y0), new Point2D(x1, y1), new Point2D(x0, y1)
    };
    for (Point2D corner : corners) {
      click(robot, corner);
    }
    click(robot, corners[0]);
  }

  /** Screen position of the centre of image pixel area around {@code image}. */
  private Point2D screen(Point2D image) {
    FrameView view = window.viewer().frameView();
    Point2D scene = view.scenePoint(new ImagePoint(image.getX(), image.getY()));
    return view.localToScreen(view.sceneToLocal(scene));
  }

  private void awaitFirstJobDone() throws Exception {
    WaitForAsyncUtils.waitFor(
        PATIENCE_SECONDS,
        TimeUnit.SECONDS,
        () ->
            WaitForAsyncUtils.asyncFx(
                    () ->
                        !window.jobs().jobs().isEmpty()
                            && window.jobs().jobs().get(0).state() == JobState.DONE)
                .get());
  }

  private void awaitSaved() throws Exception {
    WaitForAsyncUtils.waitForFxEvents();
    WaitForAsyncUtils.waitFor(
        PATIENCE_SECONDS,
        TimeUnit.SECONDS,
        () ->
            WaitForAsyncUtils.asyncFx(
                    () ->
                        window.editor().saveStateProperty().get() == SaveState.SAVED
                            && !window.editor().busyProperty().get())
                .get());
  }

  /** Closes the window (and with it the project) and opens the project as a new process would. */
  private ProjectStore reopened() throws Exception {
    WaitForAsyncUtils.asyncFx(() -> window.scene().getWindow().hide()).get();
    return TestSessions.reopen(dir);
  }
}
