package org.inbetween.app.ui.viewer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Locale;
import org.inbetween.app.ui.commands.UiText;
import org.inbetween.app.ui.session.EditorSession;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Stepping, playback and the status text, without JavaFX running. */
class ViewerViewModelTest {
  private static final long SECOND = 1_000_000_000L;

  @TempDir Path dir;
  private EditorSession session;
  private ViewerViewModel model;

  @BeforeEach
  void open() throws Exception {
    session = ViewerTestProjects.demoSession(dir);
    model = new ViewerViewModel(session, UiText.load(Locale.ENGLISH, UiText.VIEWER));
  }

  @AfterEach
  void close() throws Exception {
    session.close();
  }

  @Test
  void statusShowsIndexTimeAndTheFrameState() {
    assertEquals("Frame 0 / 150 · 00:00.00 · Human keyframe", model.statusText().get());
    model.next();
    assertEquals("Frame 1 / 150 · 00:00.04 · Pseudo-label, unreviewed", model.statusText().get());
    model.next();
    assertEquals("Frame 2 / 150 · 00:00.08 · Unlabelled", model.statusText().get());
  }

  @Test
  void statusFollowsAStateChangeOnTheShownFrame() throws Exception {
    model.goTo(7);
    session.store().putHumanMask(new org.inbetween.app.video.demo.DemoVideo().groundTruth(7), "me");
    session.edited();
    assertEquals("Frame 7 / 150 · 00:00.28 · Human keyframe", model.statusText().get());
  }

  @Test
  void stepsByOneByTheKeyframeIntervalAndToTheEnds() {
    model.forwardInterval();
    assertEquals(5, session.currentFrame());
    model.forwardInterval();
    model.previous();
    assertEquals(9, session.currentFrame());
    model.backInterval();
    assertEquals(4, session.currentFrame());
    model.backInterval();
    assertEquals(0, session.currentFrame(), "clamped at the start");
    model.last();
    assertEquals(149, session.currentFrame());
    model.next();
    assertEquals(149, session.currentFrame(), "clamped at the end");
    model.first();
    assertEquals(0, session.currentFrame());
  }

  @Test
  void playbackFollowsTheClockAndDropsFramesWhenPulsesAreLate() {
    model.goTo(10);
    model.togglePlay();
    model.pulse(3 * SECOND); // starts the clock
    model.pulse(3 * SECOND + SECOND / 25);
    assertEquals(11, session.currentFrame());
    model.pulse(4 * SECOND); // a second late: 25 frames on, none in between
    assertEquals(35, session.currentFrame());
    assertTrue(model.playingProperty().get());
  }

  @Test
  void steppingWhilePlayingRestartsTheClockFromThere() {
    model.togglePlay();
    model.pulse(0);
    model.pulse(SECOND);
    assertEquals(25, session.currentFrame());
    model.goTo(100);
    model.pulse(SECOND + SECOND / 10); // restarts the clock at frame 100
    model.pulse(SECOND + SECOND / 10 + SECOND / 5);
    assertEquals(105, session.currentFrame());
  }

  @Test
  void playbackStopsOnTheLastFrameAndRestartsFromTheFirst() {
    model.goTo(140);
    model.togglePlay();
    model.pulse(0);
    model.pulse(10 * SECOND);
    assertEquals(149, session.currentFrame());
    assertFalse(model.playingProperty().get());
    model.togglePlay();
    assertEquals(0, session.currentFrame());
  }

  @Test
  void pausedPulsesDoNothing() {
    model.pulse(0);
    model.pulse(5 * SECOND);
    assertEquals(0, session.currentFrame());
  }
}
