package org.inbetween.models.ner;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDArrays;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.index.NDIndex;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Activation;
import ai.djl.nn.Block;
import ai.djl.nn.ParameterList;
import ai.djl.training.ParameterStore;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BidirectionalConvGruTest {
  private static final int CHANNELS = 2;

  /**
   * With both update gates wide open (z = 1) each cell only carries its initial state along, and a
   * fuse that reads the backward half gives tanh(H^b_t) = tanh(H^f_T) = tanh(X_1) on every frame:
   * the forward pass starts from the first frame's feature (zeros would give 0) and the backward
   * pass from the forward pass's last state.
   */
  @ParameterizedTest
  @ValueSource(ints = {1, 4})
  void initialStatesAreTheFirstFrameAndThenTheLastForwardState(int length) {
    try (NDManager manager = NDManager.newBaseManager()) {
      BidirectionalConvGru gru = initialised(manager, length);
      ParameterList parameters = gru.getParameters();
      for (String cell : new String[] {"01forward", "02backward"}) {
        parameters.get(cell + "_02update_weight").getArray().set(new NDIndex(":"), 0f);
        parameters.get(cell + "_02update_bias").getArray().set(new NDIndex(":"), 30f);
      }
      NDArray fuse = parameters.get("03fuse_weight").getArray();
      fuse.set(new NDIndex(":"), 0f);
      for (int c = 0; c < CHANNELS; c++) {
        fuse.set(new NDIndex(c, CHANNELS + c, 1, 1), 1f);
      }
      parameters.get("03fuse_bias").getArray().set(new NDIndex(":"), 0f);
      NDArray clip = manager.randomNormal(clipShape(length));
      NDArray out = run(gru, manager, clip);
      NDArray first = Activation.tanh(clip.get(":, :, 0"));
      for (int t = 0; t < length; t++) {
        assertArrayEquals(
            first.toFloatArray(), out.get(":, :, " + t).toFloatArray(), 1e-6f, "frame " + t);
      }
    }
  }

  /** Random weights: the block equals the spec's equations written out with its own cells. */
  @ParameterizedTest
  @ValueSource(ints = {1, 3})
  void theBackwardPassRunsOnTheForwardOutputs(int length) {
    try (NDManager manager = NDManager.newBaseManager()) {
      BidirectionalConvGru gru = initialised(manager, length);
      ParameterStore store = new ParameterStore(manager, false);
      Block forward = gru.getChildren().get("01forward");
      Block backward = gru.getChildren().get("02backward");
      Block fuse = gru.getChildren().get("03fuse");
      NDArray clip = manager.randomNormal(clipShape(length));
      NDArray[] x = new NDArray[length];
      for (int t = 0; t < length; t++) {
        x[t] = clip.get(":, :, " + t);
      }
      NDArray[] hf = new NDArray[length];
      NDArray h = x[0];
      for (int t = 0; t < length; t++) {
        h = hf[t] = forward.forward(store, new NDList(x[t], h), false).head();
      }
      NDList expected = new NDList();
      NDArray[] hb = new NDArray[length];
      for (int t = length - 1; t >= 0; t--) {
        h = hb[t] = backward.forward(store, new NDList(hf[t], h), false).head();
      }
      for (int t = 0; t < length; t++) {
        NDList both = new NDList(hf[t].concat(hb[t], 1));
        expected.add(Activation.tanh(fuse.forward(store, both, false).head()));
      }
      NDArray out = run(gru, manager, clip);
      assertEquals(clipShape(length), out.getShape());
      assertArrayEquals(NDArrays.stack(expected, 2).toFloatArray(), out.toFloatArray(), 1e-6f);
    }
  }

  private static Shape clipShape(int length) {
    return new Shape(1, CHANNELS, length, 3, 3);
  }

  private static BidirectionalConvGru initialised(NDManager manager, int length) {
    BidirectionalConvGru gru = new BidirectionalConvGru(CHANNELS);
    gru.initialize(manager, DataType.FLOAT32, clipShape(length));
    return gru;
  }

  private static NDArray run(BidirectionalConvGru gru, NDManager manager, NDArray clip) {
    return gru.forward(new ParameterStore(manager, false), new NDList(clip), false).head();
  }
}
