package org.inbetween.app.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FrameViewModelTest {
  private final UiStrings strings = UiStrings.load(Locale.ENGLISH);
  private final FrameViewModel demo = new FrameViewModel(150, 25, strings);

  @Test
  void startsOnFrameZero() {
    assertEquals(0, demo.index());
    assertEquals("Frame 0 / 150 · 00:00.00", demo.positionText().get());
    assertTrue(demo.atFirst().get());
    assertFalse(demo.atLast().get());
  }

  @Test
  void thePositionTextFollowsTheCurrentFrame() {
    demo.goTo(12);
    assertEquals("Frame 12 / 150 · 00:00.48", demo.positionText().get());
    demo.next();
    assertEquals("Frame 13 / 150 · 00:00.52", demo.positionText().get());
  }

  @Test
  void stepsStopAtBothEnds() {
    demo.previous();
    assertEquals(0, demo.index());
    demo.last();
    assertEquals(149, demo.index());
    assertTrue(demo.atLast().get());
    demo.next();
    assertEquals(149, demo.index());
    demo.previous();
    assertEquals(148, demo.index());
    assertFalse(demo.atLast().get());
    demo.first();
    assertEquals(0, demo.index());
  }

  @ParameterizedTest
  @CsvSource({"-5, 0", "0, 0", "77, 77", "149, 149", "150, 149", "100000, 149"})
  void goToClampsToTheVideo(int target, int expected) {
    demo.goTo(target);
    assertEquals(expected, demo.index());
  }

  @ParameterizedTest
  @CsvSource({
    "0, 25, 00:00.00",
    "12, 25, 00:00.48",
    "1500, 25, 01:00.00",
    "90000, 25, 1:00:00.00",
    "1, 29.97, 00:00.03",
    "17982, 29.97, 10:00.00"
  })
  void timecodesAreMinutesSecondsAndHundredths(int frame, double fps, String expected) {
    assertEquals(expected, new FrameViewModel(100_000, fps, strings).timecode(frame));
  }

  @Test
  void largeFrameCountsAreNotGrouped() {
    FrameViewModel film = new FrameViewModel(12_000, 25, strings);
    film.goTo(11_999);
    assertEquals("Frame 11999 / 12000 · 07:59.96", film.positionText().get());
  }

  @Test
  void refusesAnEmptyVideo() {
    assertThrows(IllegalArgumentException.class, () -> new FrameViewModel(0, 25, strings));
    assertThrows(IllegalArgumentException.class, () -> new FrameViewModel(10, 0, strings));
  }
}
