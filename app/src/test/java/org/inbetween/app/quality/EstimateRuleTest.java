package org.inbetween.app.quality;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

class EstimateRuleTest {
  @Test
  void eachRuleCombinesConfidenceAndLeaveOneOutJ() {
    assertEquals(0.9, EstimateRule.CONFIDENCE.apply(0.9, 0.5), 0);
    assertEquals(0.5, EstimateRule.LOO.apply(0.9, 0.5), 0);
    assertEquals(0.45, EstimateRule.PRODUCT.apply(0.9, 0.5), 1e-12);
    assertEquals(0.5, EstimateRule.MIN.apply(0.9, 0.5), 0);
  }

  @Test
  void aMissingSignalLeavesTheOther() {
    assertEquals(0.7, EstimateRule.PRODUCT.apply(Double.NaN, 0.7), 0);
    assertEquals(0.8, EstimateRule.LOO.apply(0.8, Double.NaN), 0);
    assertTrue(Double.isNaN(EstimateRule.MIN.apply(Double.NaN, Double.NaN)));
  }

  @Test
  void rulesAreNamedOnTheCommandLine() {
    assertEquals(EstimateRule.MIN, EstimateRule.parse("min"));
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> EstimateRule.parse("max"));
    assertTrue(e.getMessage().contains("product"), e.getMessage());
  }

  @Test
  void aFrameInheritsTheLeaveOneOutJOfTheNearerEndMore() {
    Map<Integer, Double> loo = Map.of(10, 0.9, 20, 0.5);
    assertEquals(0.9 * 0.8 + 0.5 * 0.2, InheritedLoo.at(12, 10, 20, loo), 1e-12);
    assertEquals(0.9, InheritedLoo.at(5, 0, 10, loo), 0, "the first gap has one end scored");
    assertTrue(Double.isNaN(InheritedLoo.at(25, 22, 28, loo)));
  }
}
