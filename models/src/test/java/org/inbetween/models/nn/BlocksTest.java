package org.inbetween.models.nn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Block;
import ai.djl.nn.Parameter;
import ai.djl.nn.norm.BatchNorm;
import ai.djl.training.ParameterStore;
import org.junit.jupiter.api.Test;

class BlocksTest {

  @Test
  void resnet50Os16StagesHaveTheReferenceSizesAt448() {
    DilatedResNet resnet = new DilatedResNet(ResNetSpec.resnet50Os16(), BatchNormMode.FROZEN);
    Shape[] stages = resnet.getOutputShapes(new Shape[] {new Shape(1, 3, 448, 448)});
    assertEquals(new Shape(1, 256, 112, 112), stages[0]);
    assertEquals(new Shape(1, 512, 56, 56), stages[1]);
    assertEquals(new Shape(1, 1024, 28, 28), stages[2]);
    assertEquals(new Shape(1, 2048, 28, 28), stages[3]);
    assertEquals(16, ResNetSpec.resnet50Os16().outputStride());
  }

  @Test
  void resnet50WithoutClassifierHasTorchvisionsParameterCount() {
    try (NDManager manager = NDManager.newBaseManager()) {
      DilatedResNet resnet = new DilatedResNet(ResNetSpec.resnet50Os16(), BatchNormMode.FROZEN);
      resnet.initialize(manager, DataType.FLOAT32, new Shape(1, 3, 32, 32));
      long trainable =
          resnet.getParameters().values().stream()
              .filter(Parameter::requiresGradient)
              .mapToLong(p -> p.getArray().size())
              .sum();
      // torchvision resnet50: 25,557,032 minus fc (2048 * 1000 + 1000).
      assertEquals(23_508_032L, trainable);
    }
  }

  @Test
  void frozenBatchNormUsesRunningStatisticsEvenWhenTraining() {
    try (NDManager manager = NDManager.newBaseManager()) {
      Shape shape = new Shape(2, 3, 4, 4);
      NDArray input = manager.randomNormal(5f, 3f, shape, DataType.FLOAT32);
      FrozenBatchNorm frozen = new FrozenBatchNorm();
      BatchNorm reference = BatchNorm.builder().optEpsilon(BatchNormMode.EPSILON).build();
      frozen.initialize(manager, DataType.FLOAT32, shape);
      reference.initialize(manager, DataType.FLOAT32, shape);
      ParameterStore store = new ParameterStore(manager, false);
      float[] training = frozen.forward(store, new NDList(input), true).head().toFloatArray();
      float[] eval = reference.forward(store, new NDList(input), false).head().toFloatArray();
      assertArrayEquals(eval, training, 1e-5f);
      // Initial statistics (0, 1) leave the input unnormalised: mean stays near 5, far from the 0
      // of batch statistics. The sample mean of 96 draws with sd 3 has sd 0.31: allow 5 of them.
      assertEquals(5f, mean(training), 1.6f);
    }
  }

  @Test
  void channelDropoutDropsWholeChannelsAndRescalesTheRest() {
    try (NDManager manager = NDManager.newBaseManager()) {
      NDArray input = manager.ones(new Shape(4, 64, 3, 3));
      Block dropout = new ChannelDropout(0.5f);
      ParameterStore store = new ParameterStore(manager, false);
      float[] out = dropout.forward(store, new NDList(input), true).head().toFloatArray();
      int dropped = 0;
      for (int channel = 0; channel < 4 * 64; channel++) {
        float first = out[channel * 9];
        assertTrue(first == 0f || first == 2f, "kept channels are scaled by 1/(1-p): " + first);
        for (int i = 1; i < 9; i++) {
          assertEquals(first, out[channel * 9 + i]);
        }
        dropped += first == 0f ? 1 : 0;
      }
      assertTrue(dropped > 64 && dropped < 192, "about half the channels dropped: " + dropped);
      float[] eval = dropout.forward(store, new NDList(input), false).head().toFloatArray();
      assertEquals(4 * 64 * 9, sum(eval), 1e-3);
    }
  }

  @Test
  void bilinearResizeFollowsPytorchWithoutAlignCorners() {
    try (NDManager manager = NDManager.newBaseManager()) {
      NDArray input = manager.create(new float[] {0, 1, 2, 3}, new Shape(1, 1, 2, 2));
      float[] out = Resize.bilinear(input, 4, 4).toFloatArray();
      // F.interpolate(x, size=(4, 4), mode="bilinear", align_corners=False), first row.
      assertArrayEquals(new float[] {0f, 0.25f, 0.75f, 1f}, java.util.Arrays.copyOf(out, 4), 1e-6f);
    }
  }

  @Test
  void kaimingFanOutHasTheReferenceSpread() {
    try (NDManager manager = NDManager.newBaseManager()) {
      Shape weight = new Shape(256, 128, 3, 3);
      NDArray w = Initializers.kaimingNormalFanOut().initialize(manager, weight, DataType.FLOAT32);
      double expected = Math.sqrt(2.0 / (256 * 9));
      double std = Math.sqrt(w.square().mean().getFloat());
      assertEquals(expected, std, expected * 0.02);
    }
  }

  private static float mean(float[] values) {
    return sum(values) / values.length;
  }

  private static float sum(float[] values) {
    float sum = 0;
    for (float value : values) {
      sum += value;
    }
    return sum;
  }
}
