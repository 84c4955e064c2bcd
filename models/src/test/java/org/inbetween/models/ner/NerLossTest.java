package org.inbetween.models.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import org.junit.jupiter.api.Test;

/**
 * Sparse ground truth works because frames without a target add nothing to the loss: a clip with
 * one weighted target scores what that frame alone scores, times its weight, whatever the other
 * frames' logits and (placeholder) targets are.
 */
class NerLossTest {
  @Test
  void framesWithoutATargetAddNothing() {
    try (NDManager manager = NDManager.newBaseManager()) {
      manager.getEngine().setRandomSeed(3);
      Shape clip = new Shape(1, 4, 1, 6, 5);
      NDArray logits = manager.randomNormal(clip).mul(3);
      NDArray targets = manager.randomUniform(0f, 1f, clip);
      NDArray weights = manager.create(new float[] {0, 0, 0.5f, 0}, new Shape(1, 4));

      float sparse = NerLoss.of(logits, targets, weights).getFloat();
      float alone =
          NerLoss.of(
                  logits.get(":, 2:3"),
                  targets.get(":, 2:3"),
                  manager.create(new float[] {1}, new Shape(1, 1)))
              .getFloat();

      assertEquals(0.5f * alone, sparse, 1e-6f);
    }
  }

  @Test
  void equalsTheTextbookCrossEntropyAveragedOverPixelsAndSummedOverFrames() {
    try (NDManager manager = NDManager.newBaseManager()) {
      float[] x = {2f, -1f, 0.5f, 0f};
      float[] t = {1f, 0f, 0.25f, 1f};
      NDArray logits = manager.create(x, new Shape(1, 2, 1, 1, 2));
      NDArray targets = manager.create(t, new Shape(1, 2, 1, 1, 2));
      NDArray weights = manager.create(new float[] {1, 2}, new Shape(1, 2));
      double[] perPixel = new double[4];
      for (int i = 0; i < 4; i++) {
        double p = 1 / (1 + Math.exp(-x[i]));
        perPixel[i] = -(t[i] * Math.log(p) + (1 - t[i]) * Math.log(1 - p));
      }
      double expected = (perPixel[0] + perPixel[1]) / 2 + 2 * (perPixel[2] + perPixel[3]) / 2;

      assertEquals(expected, NerLoss.of(logits, targets, weights).getFloat(), 1e-5);
    }
  }
}
