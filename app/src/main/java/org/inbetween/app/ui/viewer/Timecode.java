package org.inbetween.app.ui.viewer;

/**
 * Frame start times as annotators read them: "mm:ss.cc", with hours in front when there are any.
 */
final class Timecode {
  private Timecode() {}

  static String of(int frame, double fps) {
    long centis = Math.round(frame * 100 / fps);
    long seconds = centis / 100;
    String minutesAndSeconds =
        String.format("%02d:%02d.%02d", seconds / 60 % 60, seconds % 60, centis % 100);
    return seconds >= 3600 ? (seconds / 3600) + ":" + minutesAndSeconds : minutesAndSeconds;
  }
}
