package org.inbetween.models.kmn;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.ParameterStore;
import java.io.IOException;
import org.inbetween.models.backbone.MobileNetV2;
import org.inbetween.models.backbone.MobileNetV2Input;
import org.inbetween.models.image.RgbImage;
import org.inbetween.models.nn.Resize;

/**
 * Keys for the memory read from the bundled MobileNetV2 trunk (ImageNet weights, never trained
 * here): at each cell of the 1/16 grid, the 96 channels of the 1/16 features joined with the 32 of
 * the 1/8 features resampled to that grid, each part scaled to unit length and the whole to unit
 * length again, so that a key's dot product is a cosine similarity in which the finer, more local
 * 1/8 features count as much as the semantic 1/16 ones. 128 dimensions, as STM's keys.
 *
 * <p>{@link #encode} also hands out the 1/4 and 1/8 feature maps the {@link KmnDecoder} sees.
 * Frames go in at full size: 854×480 gives a 54×30 grid. Not thread-safe; close it to free the
 * network.
 */
public final class TrunkKeys implements AutoCloseable {
  private final NDManager manager;
  private final MobileNetV2 trunk;

  public TrunkKeys() throws IOException {
    manager = NDManager.newBaseManager();
    try {
      trunk = MobileNetV2.builder().fromBundledWeights().build();
      trunk.initialize(manager, DataType.FLOAT32, new Shape(1, 3, 224, 224));
    } catch (IOException | RuntimeException e) {
      manager.close();
      throw e;
    }
  }

  /** The keys and the decoder's feature maps of {@code image}. */
  public EncodedFrame encode(RgbImage image) {
    try (NDManager scope = manager.newSubManager()) {
      NDArray input = MobileNetV2Input.of(scope, image);
      NDList features = trunk.forward(new ParameterStore(scope, false), new NDList(input), false);
      NDArray quarter = features.get(0);
      NDArray eighth = features.get(1);
      NDArray coarse = features.get(2);
      long gridHeight = coarse.getShape().get(2);
      long gridWidth = coarse.getShape().get(3);
      NDArray fine = Resize.bilinear(eighth, gridHeight, gridWidth);
      NDArray joined = unit(unit(coarse).concat(unit(fine), 1));
      long dimensions = joined.getShape().get(1);
      float[] keys = joined.reshape(dimensions, -1).transpose().toFloatArray();
      Shape q = quarter.getShape();
      Shape e = eighth.getShape();
      return new EncodedFrame(
          new FrameKeys(keys, (int) dimensions, (int) gridWidth, (int) gridHeight),
          quarter.toFloatArray(),
          (int) q.get(1),
          (int) q.get(3),
          (int) q.get(2),
          eighth.toFloatArray(),
          (int) e.get(1),
          (int) e.get(3),
          (int) e.get(2));
    }
  }

  /** Each cell's channel vector scaled to unit length (NCHW, over C). */
  private static NDArray unit(NDArray map) {
    return map.div(map.norm(new int[] {1}, true).add(1e-6f));
  }

  @Override
  public void close() {
    manager.close();
  }
}
