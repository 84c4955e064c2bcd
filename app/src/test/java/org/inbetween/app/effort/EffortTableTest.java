package org.inbetween.app.effort;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class EffortTableTest {
  @Test
  void allRowsAverageEachStrategyAndMethodAndTakeTheMinimumJ() {
    List<EffortResult> rows =
        List.of(
            new EffortResult("a", "suggest", "warp", 100, 10, 0.91, 0.95, 8, 20, List.of()),
            new EffortResult("b", "suggest", "warp", 50, 10, 0.93, 0.97, 5, 10, List.of()),
            new EffortResult("a", "uniform:10", "warp", 100, 12, 0.92, 0.96, 1, 4, List.of()));

    List<String> csv = new EffortTable(rows).toCsv().lines().toList();

    assertEquals(EffortTable.CSV_HEADER, csv.get(0));
    assertEquals("a,suggest,warp,0.1000,0.9100,0.9500,8,20.0", csv.get(1));
    assertEquals("ALL,suggest,warp,0.1500,0.9100,0.9600,6.5,15.0", csv.get(4));
    assertEquals("ALL,uniform:10,warp,0.1200,0.9200,0.9600,1,4.0", csv.get(5));
    assertEquals(6, csv.size());
  }
}
