package org.inbetween.app.ui.viewer;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleBooleanProperty;

/**
 * Plays the video at its frame rate by moving the current frame on each animation pulse: the frame
 * due at pulse time t is {@code start + ⌊(t − t0)·fps⌋}. Time, not a frame counter, drives it, so
 * when decoding falls behind, frames are skipped and the video keeps its real speed. Clock-free
 * (the pulse time is passed in), so it is tested without JavaFX running.
 *
 * <p>Moving the frame by hand while playing (stepping, the timeline) restarts the clock from there.
 */
final class Playback {
  private static final double NANOS_PER_SECOND = 1e9;

  private final IntegerProperty frame;
  private final int frameCount;
  private final double fps;
  private final BooleanProperty playing = new SimpleBooleanProperty(false);
  private int startFrame;
  private long startNanos;
  private boolean clockStarted;
  private boolean advancing;

  Playback(IntegerProperty frame, int frameCount, double fps) {
    this.frame = frame;
    this.frameCount = frameCount;
    this.fps = fps;
    frame.addListener(
        (obs, old, now) -> {
          if (!advancing) {
            clockStarted = false;
          }
        });
    playing.addListener(
        (obs, was, on) -> {
          if (on && frame.get() >= frameCount - 1) {
            frame.set(0);
          }
          clockStarted = false;
        });
  }

  BooleanProperty playingProperty() {
    return playing;
  }

  void toggle() {
    playing.set(!playing.get());
  }

  /** Called on every animation pulse with its time stamp in nanoseconds. */
  void pulse(long nanos) {
    if (!playing.get()) {
      return;
    }
    if (!clockStarted) {
      clockStarted = true;
      startNanos = nanos;
      startFrame = frame.get();
      return;
    }
    long due = startFrame + (long) Math.floor((nanos - startNanos) * fps / NANOS_PER_SECOND);
    int target = (int) Math.min(due, frameCount - 1);
    if (target != frame.get()) {
      advancing = true;
      try {
        frame.set(target);
      } finally {
        advancing = false;
      }
    }
    if (target == frameCount - 1) {
      playing.set(false);
    }
  }
}
