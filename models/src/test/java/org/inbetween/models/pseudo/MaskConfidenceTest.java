package org.inbetween.models.pseudo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.inbetween.models.image.Masks;
import org.inbetween.models.image.SoftMask;
import org.junit.jupiter.api.Test;

class MaskConfidenceTest {
  @Test
  void agreeingKeyframesScoreHigherThanDisagreeingOnes() {
    SoftMask sure = Masks.softFromProbabilities(3, 4, 1, new float[] {0f, 1f, 1f, 0f});
    SoftMask torn = Masks.softFromProbabilities(3, 4, 1, new float[] {0f, 0.5f, 0.6f, 0f});
    assertEquals(1.0, MaskConfidence.of(List.of(sure)), 1e-9);
    assertEquals((0 + 0.2) / 2, MaskConfidence.of(List.of(torn)), 1e-6);
    assertTrue(MaskConfidence.of(List.of(sure, torn)) < 1);
  }

  @Test
  void nothingPlausibleIsNothingToDoubt() {
    SoftMask empty = Masks.softFromProbabilities(0, 2, 1, new float[] {0f, 0.01f});
    assertEquals(1.0, MaskConfidence.of(List.of(empty)), 1e-9);
  }
}
