package org.inbetween.models.pseudo;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;
import org.inbetween.models.image.LabelMask;
import org.inbetween.models.image.Masks;
import org.junit.jupiter.api.Test;

class OverlapResolverTest {
  @Test
  void eachPixelGoesToTheMostLikelyObjectAboveOneHalf() {
    LabelMask out =
        OverlapResolver.resolve(
            3,
            4,
            1,
            Map.of(
                1, Masks.softFromProbabilities(3, 4, 1, new float[] {0.9f, 0.6f, 0.4f, 0.5f}),
                2, Masks.softFromProbabilities(3, 4, 1, new float[] {0.2f, 0.8f, 0.3f, 0.5f})));

    // pixel 2: nobody reaches 0.5 -> background; pixel 3: exact tie -> lower id
    assertArrayEquals(new byte[] {1, 2, 0, 1}, out.labels());
  }

  @Test
  void refusesAMaskOfAnotherFrame() {
    assertThrows(
        IllegalArgumentException.class,
        () ->
            OverlapResolver.resolve(
                3, 1, 1, Map.of(1, Masks.softFromProbabilities(4, 1, 1, new float[] {1f}))));
  }
}
