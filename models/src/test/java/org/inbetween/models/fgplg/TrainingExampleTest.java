package org.inbetween.models.fgplg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TrainingExampleTest {

  @Test
  void channelsFollowFromTheInputLength() {
    assertEquals(
        7, new TrainingExample(new float[7 * 6], new float[6], new float[6], 2, 3).channels());
    assertEquals(
        3, new TrainingExample(new float[3 * 6], new float[6], new float[6], 2, 3).channels());
  }

  @Test
  void partialPlanesAreRejectedWithTheSizeInTheMessage() {
    IllegalArgumentException target =
        assertThrows(
            IllegalArgumentException.class,
            () -> new TrainingExample(new float[7 * 6], new float[6], new float[5], 2, 3));
    assertTrue(target.getMessage().contains("3x2"), target.getMessage());
    assertThrows(
        IllegalArgumentException.class,
        () -> new TrainingExample(new float[7 * 6 + 1], new float[6], new float[6], 2, 3));
    IllegalArgumentException prior =
        assertThrows(
            IllegalArgumentException.class,
            () -> new TrainingExample(new float[7 * 6], new float[4], new float[6], 2, 3));
    assertTrue(prior.getMessage().startsWith("prior"), prior.getMessage());
  }

  @Test
  void aWeightIsPositiveAndSurvivesReversalAndMirroring() {
    TrainingExample example =
        new TrainingExample(new float[7 * 6], new float[6], new float[6], 2, 3);
    assertEquals(1f, example.weight(), "ground truth by default");
    TrainingExample light = example.withWeight(0.25f);
    assertEquals(0.25f, ExampleBuilder.reversed(light).weight());
    assertEquals(0.25f, ExampleBuilder.mirrored(light).weight());
    assertThrows(IllegalArgumentException.class, () -> example.withWeight(0f));
    assertThrows(IllegalArgumentException.class, () -> example.withWeight(Float.NaN));
  }
}
