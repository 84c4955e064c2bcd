package org.inbetween.models.pseudo;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.inbetween.models.image.Masks;
import org.inbetween.models.image.SoftMask;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CopyGeneratorTest {
  private static final SoftMask BEFORE = mask(10, 0.25f);
  private static final SoftMask AFTER = mask(20, 0.75f);

  @ParameterizedTest(name = "frame {0} copies {1}")
  @CsvSource({"11, 0.25", "14, 0.25", "15, 0.25", "16, 0.75", "19, 0.75"})
  void copiesTheNearestKeyframeAndTheEarlierOnATie(int frame, float expected) {
    SoftMask out = new CopyGenerator().generate(new PseudoLabelRequest(frame, BEFORE, AFTER));

    assertEquals(frame, out.frame());
    assertArrayEquals(new float[] {expected, expected, expected, expected}, out.probabilities());
  }

  private static SoftMask mask(int frame, float value) {
    return Masks.softFromProbabilities(frame, 2, 2, new float[] {value, value, value, value});
  }
}
