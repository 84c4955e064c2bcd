package org.inbetween.app.ui.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The trace keeps the worst value of a column, bridges short holes and breaks at long ones. */
class ConfidenceTraceTest {
  private static final double NAN = Double.NaN;

  @Test
  void shortHolesAreBridgedLongOnesBreakTheLine() {
    double[] values = {0.9, NAN, 0.8, NAN, NAN, NAN, NAN, 0.5};
    List<String> drawn = trace(values, new TimelineViewport(0, 4, 32, values.length));
    assertEquals(List.of("2.0:0.9", "10.0:0.8", "|", "30.0:0.5", "|"), drawn);
  }

  @ParameterizedTest
  @ValueSource(doubles = {12, 12.5, 40})
  void neighbouringFramesJoinAtAnyZoom(double pixelsPerFrame) {
    double[] values = {0.9, 0.8, 0.7};
    List<String> drawn =
        trace(values, new TimelineViewport(0, pixelsPerFrame, 3 * pixelsPerFrame, values.length));
    assertEquals(4, drawn.size(), "three joined points and the final break: " + drawn);
    assertEquals("|", drawn.get(3));
  }

  @Test
  void zoomedOutEachColumnShowsItsLowestValue() {
    double[] values = new double[100];
    java.util.Arrays.fill(values, 0.9);
    values[57] = 0.2;
    values[58] = NAN;
    List<String> drawn = trace(values, new TimelineViewport(0, 0.1, 10, values.length));
    assertEquals("5.5:0.2", drawn.get(5));
    assertEquals(11, drawn.size(), "ten columns and the final break");
  }

  private static List<String> trace(double[] values, TimelineViewport view) {
    List<String> out = new ArrayList<>();
    ConfidenceTrace.forEachPoint(
        values,
        view,
        new ConfidenceTrace.Pen() {
          @Override
          public void point(double x, double value) {
            out.add(x + ":" + value);
          }

          @Override
          public void gap() {
            out.add("|");
          }
        });
    return out;
  }
}
