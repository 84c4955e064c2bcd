package org.inbetween.models.kmn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.ndarray.NDManager;
import java.util.List;
import org.junit.jupiter.api.Test;

class KernelizedReadTest {
  private static final int D = 2;

  /** An 8×1 grid of 2-d keys, cell by cell. */
  private static FrameKeys row(float[]... keys) {
    float[] all = new float[8 * D];
    for (int cell = 0; cell < 8; cell++) {
      float[] key = cell < keys.length ? keys[cell] : new float[] {0, 0};
      System.arraycopy(key, 0, all, cell * D, D);
    }
    return new FrameKeys(all, D, 8, 1);
  }

  @Test
  void eachQueryCellReadsADistributionOverTheMemoryCells() {
    FrameKeys memory = row(new float[] {1, 0}, new float[] {0, 1});
    FrameKeys query = row(new float[] {0, 1}, new float[] {1, 0});
    try (NDManager manager = NDManager.newBaseManager()) {
      KernelizedRead.Weights weights =
          KernelizedRead.weights(manager, query, List.of(memory), 0.05f, 7f);
      for (int q = 0; q < weights.queryCells(); q++) {
        float sum = 0;
        for (int p = 0; p < weights.memoryCells(); p++) {
          sum += weights.weights()[p * weights.queryCells() + q];
        }
        assertEquals(1f, sum, 1e-4f, "query cell " + q);
      }
      float[] read = weights.read(new float[] {1, 0, 0, 0, 0, 0, 0, 0});
      assertTrue(read[1] > 0.99f, "the cell whose key matches memory cell 0 reads its value");
      assertTrue(read[0] < 0.01f, "the other one does not");
    }
  }

  /**
   * Query cell 7 looks like memory cell 0 (the object, cosine 0.9) but lies far from where memory
   * cell 0 finds its own best match (query cell 0); memory cell 1 (background) finds its best match
   * right at cell 7. Without the kernel cell 7 takes the object's label; with KMN's kernel it does
   * not.
   */
  @Test
  void theKernelKeepsADistantLookAlikeFromTakingTheLabel() {
    FrameKeys memory = row(new float[] {1, 0}, new float[] {0, 1});
    float[] lookAlike = {0.9f, (float) Math.sqrt(1 - 0.81)};
    FrameKeys query =
        row(
            new float[] {1, 0},
            new float[] {0, 0},
            new float[] {0, 0},
            new float[] {0, 0},
            new float[] {0, 0},
            new float[] {0, 0},
            new float[] {0, 0},
            lookAlike);
    float[] objectInMemory = {1, 0, 0, 0, 0, 0, 0, 0};
    try (NDManager manager = NDManager.newBaseManager()) {
      float withoutKernel =
          KernelizedRead.weights(manager, query, List.of(memory), 0.05f, 1000f)
              .read(objectInMemory)[7];
      float withKernel =
          KernelizedRead.weights(manager, query, List.of(memory), 0.05f, 1f)
              .read(objectInMemory)[7];
      assertTrue(withoutKernel > 0.9f, "without the kernel: " + withoutKernel);
      assertTrue(withKernel < 0.1f, "with the kernel: " + withKernel);
    }
  }
}
