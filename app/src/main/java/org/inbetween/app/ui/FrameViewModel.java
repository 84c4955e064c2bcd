package org.inbetween.app.ui;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;

/**
 * The state of the frame viewer without any controls: which frame is current, whether stepping is
 * possible, and the position text. Plain observable values (javafx.beans only), so it is tested
 * without starting JavaFX; {@link ViewerView} binds its controls to it.
 *
 * <p>Frame numbers shown are the 0-based indices used everywhere else (mask file {@code 00012.png}
 * is "Frame 12"), and the time stamp is the frame's start time, {@code index / fps}.
 */
final class FrameViewModel {
  private final int frameCount;
  private final double fps;
  private final ReadOnlyIntegerWrapper index = new ReadOnlyIntegerWrapper(0);
  private final StringBinding positionText;
  private final BooleanBinding atFirst;
  private final BooleanBinding atLast;

  FrameViewModel(int frameCount, double fps, UiStrings strings) {
    if (frameCount <= 0 || !(fps > 0)) {
      throw new IllegalArgumentException(
          "a viewer needs frames and a positive frame rate, got " + frameCount + " at " + fps);
    }
    this.frameCount = frameCount;
    this.fps = fps;
    this.positionText =
        Bindings.createStringBinding(
            () -> strings.format("viewer.position", index.get(), frameCount, timecode(index.get())),
            index);
    this.atFirst = index.isEqualTo(0);
    this.atLast = index.isEqualTo(frameCount - 1);
  }

  ReadOnlyIntegerProperty indexProperty() {
    return index.getReadOnlyProperty();
  }

  int index() {
    return index.get();
  }

  int frameCount() {
    return frameCount;
  }

  /** "Frame 12 / 150 · 00:00.48". */
  StringBinding positionText() {
    return positionText;
  }

  /** True on frame 0, where "previous" has nowhere to go. */
  BooleanBinding atFirst() {
    return atFirst;
  }

  /** True on the last frame, where "next" has nowhere to go. */
  BooleanBinding atLast() {
    return atLast;
  }

  /** Moves to {@code target}, clamped to the video. */
  void goTo(int target) {
    index.set(Math.max(0, Math.min(frameCount - 1, target)));
  }

  void next() {
    goTo(index.get() + 1);
  }

  void previous() {
    goTo(index.get() - 1);
  }

  void first() {
    goTo(0);
  }

  void last() {
    goTo(frameCount - 1);
  }

  /** The start time of frame {@code frame}: "mm:ss.cc", with hours in front when there are any. */
  String timecode(int frame) {
    long centis = Math.round(frame * 100 / fps);
    long seconds = centis / 100;
    String minutesAndSeconds =
        String.format("%02d:%02d.%02d", seconds / 60 % 60, seconds % 60, centis % 100);
    return seconds >= 3600 ? (seconds / 3600) + ":" + minutesAndSeconds : minutesAndSeconds;
  }
}
