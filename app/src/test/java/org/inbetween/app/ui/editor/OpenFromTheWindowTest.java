package org.inbetween.app.ui.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javafx.stage.Stage;
import org.inbetween.app.review.ReviewFixture;
import org.inbetween.app.ui.HeadlessFx;
import org.inbetween.app.ui.session.EditorSession;
import org.inbetween.app.video.TestVideos;
import org.inbetween.app.video.demo.DemoVideo;
import org.inbetween.models.testdata.SharedData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * File &gt; Open from the editor window: another project replaces the one shown, a folder of frames
 * is imported into a new project next to it (a job, interval asked) and opened, and both are
 * remembered for Open recent.
 */
@ExtendWith(ApplicationExtension.class)
class OpenFromTheWindowTest {
  static {
    HeadlessFx.configure();
  }

  /** Only reached when an import never completes; never a measure of speed. */
  private static final long PATIENCE_SECONDS = 60;

  private static final int FRAMES = 6;

  @TempDir static Path temporary;
  private final List<Path> intervalAskedFor = new ArrayList<>();
  private final List<String> warned = new ArrayList<>();
  private Path first;
  private volatile EditorWindow window;
  private EditorWindow opened;

  private final Opening.Dialogs answers =
      new Opening.Dialogs() {
        @Override
        public Optional<Path> chooseProject() {
          return Optional.empty();
        }

        @Override
        public Optional<Path> chooseSource() {
          return Optional.empty();
        }

        @Override
        public Optional<Integer> askInterval(Path source, int suggested) {
          intervalAskedFor.add(source);
          return Optional.of(3);
        }

        @Override
        public Optional<Path> chooseRecent(List<Path> recent) {
          return recent.stream().skip(1).findFirst();
        }

        @Override
        public void warn(Path source, List<String> warnings) {
          warned.addAll(warnings);
        }
      };

  @Start
  void start(Stage primary) throws Exception {
    first = temporary.resolve("first" + System.nanoTime());
    EditorSession session = new EditorSession(ReviewFixture.create(first), new DemoVideo());
    opened = EditorWindow.show(new Stage(), session, answers);
    window = opened;
    window.setOnReplaced(next -> window = next);
  }

  @AfterEach
  void closeWindow(FxRobot robot) {
    robot.interact(() -> window.scene().getWindow().hide());
  }

  @Test
  void anotherProjectReplacesTheOneShownAndIsRemembered(FxRobot robot) throws Exception {
    Path second = temporary.resolve("second" + System.nanoTime());
    ReviewFixture.create(second).close();

    robot.interact(() -> window.open(second));

    assertNotSame(opened, window, "a new window took the stage");
    assertEquals(second, window.session().store().directory().toAbsolutePath().normalize());
    assertTrue(window.scene().getWindow().isShowing());
    assertEquals(second.toAbsolutePath().normalize(), recent().list().get(0));
    assertTrue(
        Files.readAllLines(recent().file()).contains(second.toAbsolutePath().toString()),
        "kept on disk for the next start");
  }

  @Test
  void aFolderOfFramesIsImportedNextToItWithTheIntervalAskedThenOpened(FxRobot robot)
      throws Exception {
    Path clip = frames("clip" + System.nanoTime());

    robot.interact(() -> window.open(clip));
    WaitForAsyncUtils.waitFor(PATIENCE_SECONDS, TimeUnit.SECONDS, () -> window != opened);
    WaitForAsyncUtils.waitForFxEvents();

    Path project = clip.resolveSibling(clip.getFileName() + OpenTarget.PROJECT_SUFFIX);
    assertEquals(List.of(clip), intervalAskedFor);
    assertEquals(project, window.session().store().directory().toAbsolutePath().normalize());
    assertEquals(3, window.session().project().keyframeInterval());
    assertEquals(FRAMES, window.session().frameCount());
    assertEquals(project, recent().list().get(0));
    assertTrue(opened.jobs().jobs().size() == 1, "the import ran as a job in the jobs panel");
  }

  /**
   * A truncated video opened from the window is imported with what can be decoded, and the user is
   * told how many frames the file promised and how many it had (it used to open without a word).
   */
  @Test
  void aTruncatedVideoOpensWithAWarningCountingItsFrames(FxRobot robot) throws Exception {
    Path cut = TestVideos.writeTruncated(temporary.resolve("cut" + System.nanoTime() + ".mp4"), 80);

    robot.interact(() -> window.open(cut));
    WaitForAsyncUtils.waitFor(PATIENCE_SECONDS, TimeUnit.SECONDS, () -> window != opened);
    WaitForAsyncUtils.waitForFxEvents();

    assertEquals(1, warned.size(), "one warning: " + warned);
    assertTrue(warned.get(0).contains("promises 80 frames but only "), warned.get(0));
    assertTrue(
        warned.get(0).contains(window.session().frameCount() + " can be decoded"), warned.get(0));
    assertTrue(window.session().frameCount() < 80);
  }

  @Test
  void aCompleteImportWarnsOfNothing(FxRobot robot) throws Exception {
    Path clip = frames("quiet" + System.nanoTime());
    robot.interact(() -> window.open(clip));
    WaitForAsyncUtils.waitFor(PATIENCE_SECONDS, TimeUnit.SECONDS, () -> window != opened);
    assertEquals(List.of(), warned);
  }

  private RecentProjects recent() {
    return RecentProjects.ofUser();
  }

  /** A folder of the first frames of SegTrack v2 "bmx", as a user's image sequence. */
  private static Path frames(String name) throws IOException {
    Path folder = Files.createDirectories(temporary.resolve(name));
    try (Stream<Path> all = Files.list(SharedData.root().resolve("segtrackv2/bmx/frames"))) {
      for (Path frame : all.sorted().limit(FRAMES).toList()) {
        Files.copy(frame, folder.resolve(frame.getFileName()));
      }
    }
    return folder;
  }
}
