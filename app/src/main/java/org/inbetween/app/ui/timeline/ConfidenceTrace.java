package org.inbetween.app.ui.timeline;

/**
 * The points of the confidence trace over the visible range: one per frame when frames are at least
 * a pixel wide, else one per pixel column carrying the lowest value of its frames (a single bad
 * frame must not vanish when zoomed out). Frames without a value break the line.
 */
final class ConfidenceTrace {
  /** Receives the trace left to right. */
  interface Pen {
    /** The next point: x in lane coordinates, value 0..1. */
    void point(double x, double value);

    /** No value here: the line stops and starts again at the next point. */
    void gap();
  }

  static final double BRIDGE_PIXELS = 12;

  private ConfidenceTrace() {}

  static void forEachPoint(double[] values, TimelineViewport view, Pen pen) {
    // Neighbouring frames always join; a hole joins only while it is narrow on screen.
    Bridge bridge = new Bridge(pen, BRIDGE_PIXELS + Math.max(1, view.pixelsPerFrame()));
    if (view.pixelsPerFrame() >= 1) {
      for (int f = view.firstVisible(); f < view.endVisible(); f++) {
        bridge.add(view.xOf(f) + view.pixelsPerFrame() / 2, values[f]);
      }
    } else {
      int columns = (int) Math.ceil(view.width());
      for (int c = 0; c < columns; c++) {
        int from = LaneRuns.firstFrameOfColumn(view, c);
        if (from >= view.frameCount()) {
          break;
        }
        bridge.add(c + 0.5, lowest(values, from, LaneRuns.endFrameOfColumn(view, c)));
      }
    }
    pen.gap();
  }

  /** The lowest value in {@code [from, to)}, ignoring NaN; NaN when there is none. */
  static double lowest(double[] values, int from, int to) {
    double low = Double.NaN;
    for (int f = from; f < to; f++) {
      double value = values[f];
      if (!Double.isNaN(value) && (Double.isNaN(low) || value < low)) {
        low = value;
      }
    }
    return low;
  }

  /** Passes points on, breaking the line only across holes wider than the bridge. */
  private static final class Bridge {
    private final Pen pen;
    private final double widest;
    private double lastX = Double.NaN;

    Bridge(Pen pen, double widest) {
      this.pen = pen;
      this.widest = widest;
    }

    void add(double x, double value) {
      if (Double.isNaN(value)) {
        return;
      }
      if (!Double.isNaN(lastX) && x - lastX > widest) {
        pen.gap();
      }
      pen.point(x, value);
      lastX = x;
    }
  }
}
