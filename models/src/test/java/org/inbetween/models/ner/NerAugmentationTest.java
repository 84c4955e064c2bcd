package org.inbetween.models.ner;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDArrays;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Flip and crop move a clip's frames and targets together and every frame of the clip alike, so the
 * target still covers the object and the NER module still sees one motion.
 */
class NerAugmentationTest {
  private static final int SIZE = 20;

  /** A Random whose coin and crop size are chosen by the test; the crop place stays random. */
  private static Random fixed(boolean flip, double crop) {
    return new Random(7) {
      @Override
      public boolean nextBoolean() {
        return flip;
      }

      @Override
      public double nextDouble() {
        return crop;
      }
    };
  }

  /** (4, 3, S, S) frames whose channel 0 is the ramp x + S·y plus the frame number. */
  private static NDArray frames(NDManager manager) {
    NDArray ramp = manager.arange(SIZE * SIZE).toType(DataType.FLOAT32, false);
    NDList frames = new NDList();
    for (int t = 0; t < 4; t++) {
      NDArray channel = ramp.add(t).reshape(1, SIZE, SIZE);
      frames.add(channel.concat(channel.mul(0), 0).concat(channel.mul(0), 0));
    }
    return NDArrays.stack(frames);
  }

  @Test
  void aFlipMirrorsFramesAndTargetsAlike() {
    try (NDManager manager = NDManager.newBaseManager()) {
      NDArray frames = frames(manager);
      NDArray maps = frames.get(":, 0:1");
      NDList out = NerAugmentation.apply(frames, maps, fixed(true, 1.0));
      assertEquals(new Shape(4, 3, SIZE, SIZE), out.get(0).getShape());
      assertEquals(SIZE - 1f, out.get(0).getFloat(0, 0, 0, 0), "row 0 runs backwards");
      assertArrayEquals(out.get(0).get(":, 0:1").toFloatArray(), out.get(1).toFloatArray());
    }
  }

  @Test
  void aCropIsTheSameForEveryFrameAndTheTargets() {
    try (NDManager manager = NDManager.newBaseManager()) {
      NDArray frames = frames(manager);
      NDArray maps = frames.get(":, 0:1");
      NDList out = NerAugmentation.apply(frames, maps, fixed(false, 0.0));
      NDArray cropped = out.get(0);
      assertEquals(new Shape(4, 3, SIZE, SIZE), cropped.getShape());
      assertEquals(new Shape(4, 1, SIZE, SIZE), out.get(1).getShape());
      assertArrayEquals(cropped.get(":, 0:1").toFloatArray(), out.get(1).toFloatArray(), 1e-4f);
      NDArray step = cropped.get("1:, 0").sub(cropped.get(":-1, 0"));
      assertEquals(1f, step.min().getFloat(), 1e-4f, "frames differ by their number only");
      assertEquals(1f, step.max().getFloat(), 1e-4f, "frames differ by their number only");
      assertNotEquals(
          frames.get(0, 0, 0, 1).getFloat(),
          cropped.get(0, 0, 0, 1).getFloat(),
          "a 0.7 crop resized back no longer steps by 1 a pixel");
    }
  }
}
