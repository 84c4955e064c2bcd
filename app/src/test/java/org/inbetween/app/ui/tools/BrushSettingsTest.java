package org.inbetween.app.ui.tools;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class BrushSettingsTest {
  @Test
  void keysAndWheelStepInProportionAndStayInRange() {
    BrushSettings brush = new BrushSettings();
    brush.radiusProperty().set(2);
    brush.grow();
    assertEquals(3, brush.radius(), "small brushes step by one pixel");
    brush.radiusProperty().set(100);
    brush.scroll(+40);
    assertEquals(115, brush.radius(), "large brushes step by about 15 %");
    brush.scroll(-40);
    assertTrue(brush.radius() < 115);
    brush.radiusProperty().set(10_000);
    assertEquals(BrushSettings.MAX_RADIUS, brush.radius());
    for (int i = 0; i < 100; i++) {
      brush.shrink();
    }
    assertEquals(BrushSettings.MIN_RADIUS, brush.radius());
  }
}
