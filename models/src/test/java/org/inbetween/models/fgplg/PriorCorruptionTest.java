package org.inbetween.models.fgplg;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Damaged priors: what changes, what stays, and that every kind of damage occurs. */
class PriorCorruptionTest {
  private static final int SIZE = 64;
  private static final int PLANE = SIZE * SIZE;

  /** A 24×24 square in the middle: both warped masks and the prior agree on it exactly. */
  private static TrainingExample square() {
    float[] mask = new float[PLANE];
    for (int y = 20; y < 44; y++) {
      Arrays.fill(mask, y * SIZE + 20, y * SIZE + 44, 1f);
    }
    float[] input = new float[7 * PLANE];
    for (int p = 0; p < 3 * PLANE; p++) {
      input[p] = (p % 7) / 7f;
    }
    System.arraycopy(mask, 0, input, 3 * PLANE, PLANE);
    System.arraycopy(mask, 0, input, 4 * PLANE, PLANE);
    Arrays.fill(input, 5 * PLANE, 7 * PLANE, 0.25f);
    return new TrainingExample(input, Logits.of(mask), mask.clone(), SIZE, SIZE, 0.5f);
  }

  private static float[] channel(TrainingExample example, int c) {
    return Arrays.copyOfRange(example.input(), c * PLANE, (c + 1) * PLANE);
  }

  private static int area(float[] mask) {
    int n = 0;
    for (float v : mask) {
      n += v > 0.5f ? 1 : 0;
    }
    return n;
  }

  @Test
  void noCorruptionReturnsTheExampleAndDrawsNothing() {
    TrainingExample example = square();
    Random used = new Random(3);
    assertSame(example, PriorCorruption.NONE.apply(example, used));
    assertEquals(new Random(3).nextLong(), used.nextLong());
  }

  @Test
  void damageTouchesTheWarpedMasksAndPriorAlikeAndNothingElse() {
    TrainingExample example = square();
    PriorCorruption always = new PriorCorruption(1);
    Random random = new Random(11);
    for (int draw = 0; draw < 20; draw++) {
      TrainingExample damaged = always.apply(example, random);
      float[] before = channel(damaged, 3);
      assertArrayEquals(before, channel(damaged, 4), "both warped masks suffer the same damage");
      float[] prior = new float[PLANE];
      for (int p = 0; p < PLANE; p++) {
        prior[p] = Logits.probability(damaged.prior()[p]) > 0.5f ? 1f : 0f;
      }
      assertArrayEquals(before, prior, "the prior suffers it too");
      assertArrayEquals(
          Arrays.copyOfRange(example.input(), 0, 3 * PLANE),
          Arrays.copyOfRange(damaged.input(), 0, 3 * PLANE),
          "the frame stays");
      assertArrayEquals(channel(example, 5), channel(damaged, 5));
      assertArrayEquals(channel(example, 6), channel(damaged, 6));
      assertSame(example.target(), damaged.target());
      assertEquals(example.weight(), damaged.weight());
    }
  }

  @Test
  void shiftsErosionsDilationsAndDropsAllOccur() {
    TrainingExample example = square();
    int original = area(channel(example, 3));
    PriorCorruption always = new PriorCorruption(1);
    Random random = new Random(5);
    boolean smaller = false;
    boolean larger = false;
    boolean moved = false;
    for (int draw = 0; draw < 60; draw++) {
      float[] damaged = channel(always.apply(example, random), 3);
      int area = area(damaged);
      smaller |= area < original;
      larger |= area > original;
      moved |= area == original && !Arrays.equals(damaged, channel(example, 3));
    }
    assertTrue(smaller, "erosion or a dropped part shrinks the mask");
    assertTrue(larger, "dilation grows it");
    assertTrue(moved, "a shift moves it whole");
  }

  @Test
  void aProbabilityOfAHalfDamagesAboutHalf() {
    TrainingExample example = square();
    PriorCorruption half = new PriorCorruption(0.5);
    Random random = new Random(7);
    int damaged = 0;
    for (int draw = 0; draw < 200; draw++) {
      TrainingExample out = half.apply(example, random);
      damaged += out == example ? 0 : 1;
    }
    assertTrue(damaged > 70 && damaged < 130, "damaged " + damaged + " of 200");
  }

  @Test
  void probabilitiesOutsideZeroToOneAreRefused() {
    assertThrows(IllegalArgumentException.class, () -> new PriorCorruption(1.5));
    assertThrows(IllegalArgumentException.class, () -> new PriorCorruption(Double.NaN));
  }
}
