package org.inbetween.app.ui.trace;

/**
 * One value of a trace: a frame and a number in 0..1 (confidence or J). Traces hold points only
 * where the value is known, in frame order; a frame missing between two points is a gap.
 *
 * @param frame the frame index
 * @param value the value there, finite
 */
public record TracePoint(int frame, double value) {
  public TracePoint {
    if (!Double.isFinite(value)) {
      throw new IllegalArgumentException("frame " + frame + ": a trace value must be finite");
    }
  }
}
