package org.inbetween.models.flow;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class BackwardWarpTest {
  private static final float[] RAMP = {0, 1, 2, 3, 10, 11, 12, 13};

  @Test
  void pullsValuesFromWhereTheFlowPoints() {
    float[] out = BackwardWarp.warp(RAMP, FlowField.uniform(4, 2, 1f, 0f));

    assertArrayEquals(new float[] {1, 2, 3, 3, 11, 12, 13, 13}, out, 1e-5f);
  }

  @Test
  void interpolatesBilinearlyAndReplicatesTheBorder() {
    float[] out = BackwardWarp.warp(RAMP, FlowField.uniform(4, 2, -0.5f, 0.5f));

    // (x-0.5, y+0.5): column 0 clamps at the left border, rows average with the one below.
    assertEquals((0 + 10) / 2f, out[0], 1e-4f);
    assertEquals((0 + 1 + 10 + 11) / 4f, out[1], 1e-4f);
    assertEquals((2 + 3 + 12 + 13) / 4f, out[3], 1e-4f);
    assertEquals((12 + 13) / 2f, out[7], 1e-4f);
  }

  @Test
  void composingTwoStepsAddsTheirDisplacements() {
    FlowField composed =
        BackwardWarp.compose(FlowField.uniform(8, 8, 2f, 1f), FlowField.uniform(8, 8, 3f, -1f));

    assertEquals(5f, composed.dx(3, 3), 1e-5f);
    assertEquals(0f, composed.dy(3, 3), 1e-5f);
  }

  @Test
  void resizingAFlowRescalesItsDisplacements() {
    FlowField doubled = FlowScaling.resize(FlowField.uniform(4, 3, 2f, 1f), 8, 6);

    assertEquals(8, doubled.width());
    assertEquals(4f, doubled.dx(5, 4), 1e-5f);
    assertEquals(2f, doubled.dy(5, 4), 1e-5f);
  }

  @Test
  void refusesAnImageOfAnotherSize() {
    assertThrows(
        IllegalArgumentException.class,
        () -> BackwardWarp.warp(new float[5], FlowField.uniform(4, 2, 0f, 0f)));
  }

  @Test
  void magnitudeIsNormalisedByTheFrameSize() {
    float[] magnitude = FlowMagnitude.normalised(FlowField.uniform(10, 20, 3f, 8f));

    assertEquals(0.5f, magnitude[0], 1e-6f);
  }

  @Test
  void aConsistentRoundTripIsTrustedAndABrokenOneIsNot() {
    FlowField forward = FlowField.uniform(16, 16, 4f, 0f);

    float[] consistent = FlowConsistency.weights(forward, FlowField.uniform(16, 16, -4f, 0f));
    float[] broken = FlowConsistency.weights(forward, FlowField.uniform(16, 16, 4f, 0f));

    assertEquals(1f, consistent[8 * 16 + 4], 1e-6f);
    assertEquals(0f, broken[8 * 16 + 4], 1e-6f);
  }
}
