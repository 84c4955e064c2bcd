package org.inbetween.app.ui.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Runs merge equal neighbours, clip to the view, and let the highest rank win a shared column. */
class LaneRunsTest {
  private static final int[] RANK = {0, 1, 2};

  record Run(double x0, double x1, int code) {}

  @Test
  void wideFramesMergeIntoRuns() {
    byte[] codes = {0, 0, 1, 1, 1, 2, 0, 0};
    TimelineViewport view = new TimelineViewport(0, 10, 80, codes.length);
    assertEquals(
        List.of(new Run(0, 20, 0), new Run(20, 50, 1), new Run(50, 60, 2), new Run(60, 80, 0)),
        runs(codes, view));
  }

  @Test
  void onlyVisibleFramesAreDrawnAndClippedToTheEdges() {
    byte[] codes = {0, 1, 1, 2, 2, 0};
    TimelineViewport view = new TimelineViewport(1.5, 10, 20, codes.length);
    assertEquals(List.of(new Run(0, 15, 1), new Run(15, 20, 2)), runs(codes, view));
  }

  @Test
  void zoomedOutTheMostImportantCodeWinsItsColumn() {
    byte[] codes = new byte[1000];
    codes[405] = 2; // one frame of highest rank in column 40
    codes[712] = 1;
    codes[713] = 2;
    TimelineViewport view = new TimelineViewport(0, 0.1, 100, codes.length);
    assertEquals(
        List.of(
            new Run(0, 40, 0),
            new Run(40, 41, 2),
            new Run(41, 71, 0),
            new Run(71, 72, 2),
            new Run(72, 100, 0)),
        runs(codes, view));
  }

  @Test
  void nothingIsDrawnPastTheVideosEnd() {
    byte[] codes = {1, 1, 1};
    TimelineViewport view = new TimelineViewport(0, 10, 100, codes.length);
    assertEquals(List.of(new Run(0, 30, 1)), runs(codes, view));
  }

  private static List<Run> runs(byte[] codes, TimelineViewport view) {
    List<Run> runs = new ArrayList<>();
    LaneRuns.forEach(codes, RANK, view, (x0, x1, code) -> runs.add(new Run(x0, x1, code)));
    return runs;
  }
}
