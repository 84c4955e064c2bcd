package org.inbetween.models.ner;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.ParameterList;
import ai.djl.training.ParameterStore;
import org.junit.jupiter.api.Test;

class NonLocalBlockTest {

  @Test
  void aFreshBlockIsTheIdentityBecauseWStartsAtZero() {
    try (NDManager manager = NDManager.newBaseManager()) {
      NonLocalBlock block = new NonLocalBlock(8);
      Shape clip = new Shape(2, 8, 3, 5, 4);
      block.initialize(manager, DataType.FLOAT32, clip);
      NDArray x = manager.randomNormal(clip);
      NDArray z = block.forward(new ParameterStore(manager, false), new NDList(x), false).head();
      assertArrayEquals(x.toFloatArray(), z.toFloatArray(), 0f);
      ParameterList parameters = block.getParameters();
      assertEquals(0f, parameters.get("04W_weight").getArray().abs().max().getFloat());
      assertEquals(0f, parameters.get("04W_bias").getArray().abs().max().getFloat());
    }
  }

  /**
   * C = 2 (inner 1), T = 2, H = W = 1, so L = 2. x: channel 0 = (1, 2), channel 1 = (3, −1) over t.
   * θ = x₀ = (1, 2); φ = x₁ = (3, −1); g = x₀ + x₁ + 0.5 = (4.5, 1.5). θᵀφ / L = [[1.5, −0.5], [3,
   * −1]], so y = (1.5·4.5 − 0.5·1.5, 3·4.5 − 1.5) = (6, 12). W = (1, −1), bias (0, 0.25): z₀ = y +
   * x₀ = (7, 14); z₁ = −y + 0.25 + x₁ = (−2.75, −12.75).
   */
  @Test
  void withSetWeightsItMatchesTheDotProductFormulaByHand() {
    try (NDManager manager = NDManager.newBaseManager()) {
      NonLocalBlock block = new NonLocalBlock(2);
      Shape clip = new Shape(1, 2, 2, 1, 1);
      block.initialize(manager, DataType.FLOAT32, clip);
      ParameterList parameters = block.getParameters();
      parameters.get("01theta_weight").getArray().set(new float[] {1, 0});
      parameters.get("02phi_weight").getArray().set(new float[] {0, 1});
      parameters.get("03g_weight").getArray().set(new float[] {1, 1});
      parameters.get("03g_bias").getArray().set(new float[] {0.5f});
      parameters.get("04W_weight").getArray().set(new float[] {1, -1});
      parameters.get("04W_bias").getArray().set(new float[] {0, 0.25f});
      NDArray x = manager.create(new float[] {1, 2, 3, -1}, clip);
      NDArray z = block.forward(new ParameterStore(manager, false), new NDList(x), false).head();
      assertEquals(clip, z.getShape());
      assertArrayEquals(new float[] {7, 14, -2.75f, -12.75f}, z.toFloatArray(), 1e-5f);
    }
  }

  @Test
  void oddChannelCountsAndFourDimensionalInputsAreRefused() {
    assertThrows(IllegalArgumentException.class, () -> new NonLocalBlock(3));
    try (NDManager manager = NDManager.newBaseManager()) {
      NonLocalBlock block = new NonLocalBlock(4);
      IllegalArgumentException wrong =
          assertThrows(
              IllegalArgumentException.class,
              () -> block.initialize(manager, DataType.FLOAT32, new Shape(1, 4, 8, 8)));
      assertEquals(
          "a non-local block over 4 channels needs (N,C,T,H,W), got (1, 4, 8, 8)",
          wrong.getMessage());
    }
  }
}
