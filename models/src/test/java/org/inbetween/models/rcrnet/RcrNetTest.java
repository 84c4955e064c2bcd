package org.inbetween.models.rcrnet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.ParameterList;
import ai.djl.training.ParameterStore;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RcrNetTest {

  /** Reference counts from Kinpzz/RCRNet-Pytorch (spec §1.3), without the unused resnet.fc. */
  @ParameterizedTest
  @CsvSource({"7, 43230977", "3, 43218433"})
  void fullPresetHasTheReferenceParameterCount(int channels, long expected) {
    try (NDManager manager = NDManager.newBaseManager()) {
      RcrNet net = RcrNet.builder().setPreset(RcrNetPreset.FULL).setInputChannels(channels).build();
      net.initialize(manager, 64, 64);
      assertEquals(expected, net.trainableParameterCount());
    }
  }

  @Test
  void initialisationFollowsTheReference() {
    try (NDManager manager = NDManager.newBaseManager()) {
      RcrNet net = RcrNet.builder().setPreset(RcrNetPreset.COMPACT).setInputChannels(7).build();
      net.initialize(manager, 32, 32);
      ParameterList parameters = net.getParameters();
      // Backbone BN bias 0, BN weight 1; every bias outside the backbone 0.001.
      assertEquals(
          0f, parameters.get("01resnet_01stem_02FrozenBatchNorm_beta").getArray().max().getFloat());
      assertEquals(
          1f,
          parameters.get("01resnet_01stem_02FrozenBatchNorm_gamma").getArray().min().getFloat());
      assertEquals(
          0.001f,
          parameters.get("02aspp_06fire_02FrozenBatchNorm_beta").getArray().min().getFloat(),
          1e-9);
      assertEquals(0.001f, parameters.get("06decoder_02Conv2d_bias").getArray().getFloat(0), 1e-9);
      // The 7-channel stem is freshly Kaiming-initialised over all its input channels.
      NDArray stem = parameters.get("01resnet_01stem_01Conv2d_weight").getArray();
      double expected = Math.sqrt(2.0 / (16 * 49));
      NDArray extraChannels = stem.get(":, 3:, :, :");
      assertEquals(expected, Math.sqrt(extraChannels.square().mean().getFloat()), expected * 0.1);
    }
  }

  @Test
  void compactPresetMapsAnInputToLogitsOfTheSameSize() {
    int size = RcrNetPreset.COMPACT.inputSize();
    assertEquals(new Shape(2, 1, size, size), forwardShape(RcrNetPreset.COMPACT, 2, size));
  }

  @Test
  void sizesThatAreNotMultiplesOfTheOutputStrideStillComeBackAtInputSize() {
    assertEquals(new Shape(1, 1, 70, 70), forwardShape(RcrNetPreset.COMPACT, 1, 70));
  }

  @Tag("slow")
  @Test
  void fullPresetMapsA448InputToLogitsOfTheSameSize() {
    assertEquals(new Shape(1, 1, 448, 448), forwardShape(RcrNetPreset.FULL, 1, 448));
  }

  private static Shape forwardShape(RcrNetPreset preset, int batch, int size) {
    try (NDManager manager = NDManager.newBaseManager()) {
      RcrNet net = RcrNet.builder().setPreset(preset).setInputChannels(7).build();
      net.initialize(manager, size, size);
      NDArray input = manager.randomNormal(new Shape(batch, 7, size, size));
      NDArray logits =
          net.forward(new ParameterStore(manager, false), new NDList(input), false).head();
      assertTrue(Float.isFinite(logits.sum().getFloat()));
      return logits.getShape();
    }
  }

  @Test
  void builderRejectsMissingPresetAndUnsupportedChannelCounts() {
    assertThrows(IllegalStateException.class, () -> RcrNet.builder().setInputChannels(7).build());
    IllegalStateException wrongChannels =
        assertThrows(
            IllegalStateException.class,
            () -> RcrNet.builder().setPreset(RcrNetPreset.FULL).setInputChannels(4).build());
    assertTrue(wrongChannels.getMessage().contains("4"));
  }

  @Test
  void presetsAreFoundByNameAndUnknownNamesListTheKnownOnes() {
    assertEquals(RcrNetPreset.COMPACT, RcrNetPreset.byName("Compact"));
    IllegalArgumentException unknown =
        assertThrows(IllegalArgumentException.class, () -> RcrNetPreset.byName("huge"));
    assertTrue(unknown.getMessage().contains("full, compact"), unknown.getMessage());
  }
}
