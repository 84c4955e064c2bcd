package org.inbetween.models.flow;

import java.util.Locale;
import org.bytedeco.opencv.opencv_video.DISOpticalFlow;

/**
 * The DIS optical flow speed/quality presets of OpenCV (specs/models.md §5.1): ULTRAFAST skips the
 * variational refinement, MEDIUM works one pyramid level finer with more iterations.
 */
public enum FlowPreset {
  ULTRAFAST(DISOpticalFlow.PRESET_ULTRAFAST),
  FAST(DISOpticalFlow.PRESET_FAST),
  MEDIUM(DISOpticalFlow.PRESET_MEDIUM);

  private final int openCvPreset;

  FlowPreset(int openCvPreset) {
    this.openCvPreset = openCvPreset;
  }

  int openCvPreset() {
    return openCvPreset;
  }

  /** Parses "ultrafast", "fast" or "medium" (any case), naming the choices when it fails. */
  public static FlowPreset parse(String name) {
    try {
      return valueOf(name.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "unknown flow preset \"" + name + "\"; choose ultrafast, fast or medium", e);
    }
  }

  /** The lower-case name used on the command line and in provenance. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
