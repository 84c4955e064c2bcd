package org.inbetween.models.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.index.NDIndex;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.ParameterList;
import ai.djl.training.ParameterStore;
import org.junit.jupiter.api.Test;

/**
 * One channel of input and state on a 1×1 grid: a 3×3 gate then sees only its centre tap (the rest
 * multiplies the zero padding), so each gate is {@code a·x + b·h + bias} and the cell can be
 * computed by hand.
 */
class ConvGruCellTest {
  private static final float X = 0.6f;
  private static final float H = -0.4f;

  @Test
  void matchesTheGruEquationsWithZGatingTheOldState() {
    // r = σ(x + 2h); z = σ(0.5x − h + 0.1); h~ = tanh(x + 3·r·h − 0.2); h' = (1 − z)·h~ + z·h
    double r = sigmoid(X + 2 * H);
    double z = sigmoid(0.5 * X - H + 0.1);
    double candidate = Math.tanh(X + 3 * r * H - 0.2);
    double expected = (1 - z) * candidate + z * H;
    assertEquals(expected, step(new float[] {1, 2, 0}, new float[] {0.5f, -1, 0.1f}), 1e-6);
  }

  @Test
  void anOpenUpdateGateKeepsTheOldStateAndAClosedOneTakesTheCandidate() {
    float[] reset = {1, 2, 0};
    assertEquals(H, step(reset, new float[] {0, 0, 30}), 1e-6);
    double candidate = Math.tanh(X + 3 * sigmoid(X + 2 * H) * H - 0.2);
    assertEquals(candidate, step(reset, new float[] {0, 0, -30}), 1e-6);
  }

  /**
   * The new state for gates given as {x weight, h weight, bias}; the candidate gate is always {1,
   * 3, −0.2}.
   */
  private static double step(float[] reset, float[] update) {
    try (NDManager manager = NDManager.newBaseManager()) {
      ConvGruCell cell = new ConvGruCell(1);
      Shape grid = new Shape(1, 1, 1, 1);
      cell.initialize(manager, DataType.FLOAT32, grid, grid);
      ParameterList parameters = cell.getParameters();
      setGate(parameters, "01reset", reset);
      setGate(parameters, "02update", update);
      setGate(parameters, "03output", new float[] {1, 3, -0.2f});
      NDList inputs = new NDList(manager.create(X).reshape(grid), manager.create(H).reshape(grid));
      NDArray next = cell.forward(new ParameterStore(manager, false), inputs, false).head();
      assertEquals(grid, next.getShape());
      return next.getFloat(0, 0, 0, 0);
    }
  }

  private static void setGate(ParameterList parameters, String gate, float[] xhBias) {
    NDArray weight = parameters.get(gate + "_weight").getArray();
    weight.set(new NDIndex(":"), 0f);
    weight.set(new NDIndex(0, 0, 1, 1), xhBias[0]);
    weight.set(new NDIndex(0, 1, 1, 1), xhBias[1]);
    parameters.get(gate + "_bias").getArray().set(new float[] {xhBias[2]});
  }

  private static double sigmoid(double v) {
    return 1 / (1 + Math.exp(-v));
  }
}
