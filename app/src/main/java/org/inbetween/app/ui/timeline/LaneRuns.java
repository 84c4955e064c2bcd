package org.inbetween.app.ui.timeline;

/**
 * Turns one lane's per-frame codes into the few rectangles that cover the visible range: runs of
 * equal neighbours are merged, and when frames are narrower than a pixel each pixel column shows
 * the code of highest rank among its frames (the "most important wins" rule). The work follows the
 * visible frames, and the number of rectangles follows the changes on screen, never the video
 * length.
 */
final class LaneRuns {
  /** Receives one rectangle's horizontal extent and code; {@code x0 < x1}. */
  @FunctionalInterface
  interface Sink {
    void run(double x0, double x1, int code);
  }

  private LaneRuns() {}

  /**
   * @param codes one code per frame
   * @param rank the rank of each code when frames share a column: higher wins
   */
  static void forEach(byte[] codes, int[] rank, TimelineViewport view, Sink sink) {
    Merger merger = new Merger(sink, Math.min(view.width(), view.xOf(view.frameCount())));
    if (view.pixelsPerFrame() >= 1) {
      for (int f = view.firstVisible(); f < view.endVisible(); f++) {
        merger.add(view.xOf(f), view.xOf(f + 1), codes[f]);
      }
    } else {
      int columns = (int) Math.ceil(view.width());
      for (int c = 0; c < columns; c++) {
        int from = firstFrameOfColumn(view, c);
        if (from >= view.frameCount()) {
          break;
        }
        int to = endFrameOfColumn(view, c);
        int best = codes[from];
        for (int f = from + 1; f < to; f++) {
          if (rank[codes[f]] > rank[best]) {
            best = codes[f];
          }
        }
        merger.add(c, c + 1, best);
      }
    }
    merger.flush();
  }

  /** The first frame with a pixel in column {@code c} (zoomed out: ppf &lt; 1). */
  static int firstFrameOfColumn(TimelineViewport view, int c) {
    return Math.max(0, (int) Math.floor(view.firstFrame() + c / view.pixelsPerFrame()));
  }

  /** One past the last frame with a pixel in column {@code c}; at least one frame. */
  static int endFrameOfColumn(TimelineViewport view, int c) {
    int end = (int) Math.ceil(view.firstFrame() + (c + 1) / view.pixelsPerFrame());
    return Math.min(view.frameCount(), Math.max(end, firstFrameOfColumn(view, c) + 1));
  }

  /** Joins touching rectangles of one code, and clips them to the lanes' right edge. */
  private static final class Merger {
    private final Sink sink;
    private final double right;
    private double x0;
    private double x1;
    private int code = -1;

    Merger(Sink sink, double right) {
      this.sink = sink;
      this.right = right;
    }

    void add(double from, double to, int next) {
      if (next == code && from <= x1) {
        x1 = to;
        return;
      }
      flush();
      x0 = from;
      x1 = to;
      code = next;
    }

    /** Edges snap to whole pixels: crisp, and neighbouring runs share an edge without a seam. */
    void flush() {
      double left = Math.round(Math.max(0, x0));
      double end = Math.round(Math.min(right, x1));
      if (code >= 0 && end > left) {
        sink.run(left, end, code);
      }
      code = -1;
    }
  }
}
