package org.inbetween.app.ui.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TimelineViewportTest {
  @ParameterizedTest
  @CsvSource({"0, 0", "9.99, 0", "10, 1", "995, 99", "5000, 99", "-30, 0"})
  void xMapsToTheFrameUnderIt(double x, int frame) {
    assertEquals(frame, new TimelineViewport(0, 10, 1000, 100).frameAt(x));
  }

  @Test
  void zoomKeepsTheFrameUnderThePointerInPlace() {
    TimelineViewport view = new TimelineViewport(0, 1, 500, 20_000);
    TimelineViewport zoomed = view.zoomedAt(4, 200);
    assertEquals(4, zoomed.pixelsPerFrame());
    assertEquals(200.0, zoomed.xOf(200), 1e-9);
  }

  @Test
  void zoomStopsAtFitAndAtTheMaximum() {
    TimelineViewport view = new TimelineViewport(0, 1, 500, 1000);
    assertEquals(0.5, view.zoomedAt(0.01, 0).pixelsPerFrame());
    assertEquals(TimelineViewport.MAX_PIXELS_PER_FRAME, view.zoomedAt(1e6, 0).pixelsPerFrame());
    assertEquals(0.0, view.zoomedAt(0.01, 250).firstFrame(), "fit shows the start");
  }

  @Test
  void scrollingStaysInsideTheVideo() {
    TimelineViewport view = new TimelineViewport(0, 2, 500, 1000);
    assertEquals(750, view.scrolledTo(5000).firstFrame());
    assertEquals(0, view.scrolledTo(-5).firstFrame());
  }

  @Test
  void showingAFrameScrollsOnlyWhenItIsOutOfView() {
    TimelineViewport view = new TimelineViewport(100, 2, 500, 1000);
    assertEquals(view, view.showing(200));
    assertEquals(176, view.showing(400).firstFrame(), 1e-9); // 400 ends 50 px before the edge
    assertEquals(25, view.showing(50).firstFrame(), 1e-9);
  }
}
