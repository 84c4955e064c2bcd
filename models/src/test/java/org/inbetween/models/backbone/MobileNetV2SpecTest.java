package org.inbetween.models.backbone;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.ndarray.types.Shape;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The trunk's shape as read from the bundled Keras topology. */
class MobileNetV2SpecTest {

  @Test
  void bundledTopologyIsKerasMobileNetV2ThroughBlock10() throws IOException {
    TfjsLayersModel model = TfjsLayersModel.read(TfjsSource.classpath(MobileNetV2.BUNDLED_FOLDER));
    MobileNetV2Spec spec = MobileNetV2Spec.fromKeras(model, MobileNetV2.LAST_IMAGENET_BLOCK);
    assertEquals(1e-3f, spec.epsilon());
    assertEquals(new MobileNetV2Spec.Stem(32, 3, 2, new KerasPadding(0, 1, 0, 1)), spec.stem());
    List<MobileNetV2Spec.Block> blocks = spec.blocks();
    assertEquals(11, blocks.size());
    int[] out = blocks.stream().mapToInt(MobileNetV2Spec.Block::outChannels).toArray();
    assertArrayEquals(new int[] {16, 24, 24, 32, 32, 32, 64, 64, 64, 64, 96}, out);
    int[] strides = blocks.stream().mapToInt(MobileNetV2Spec.Block::stride).toArray();
    assertArrayEquals(new int[] {1, 2, 1, 2, 1, 1, 2, 1, 1, 1, 1}, strides);
    assertEquals(0, blocks.get(0).expandChannels());
    assertEquals(384, blocks.get(10).expandChannels());
    // Stride-2 blocks pad (0, 1) explicitly and convolve unpadded; the others pad 1 inside.
    assertEquals(new KerasPadding(0, 1, 0, 1), blocks.get(3).padding());
    assertEquals(0, blocks.get(3).convPadding());
    assertTrue(blocks.get(4).padding().isNone());
    assertEquals(1, blocks.get(4).convPadding());
    assertTrue(blocks.get(2).residual());
    assertFalse(blocks.get(3).residual());
    assertFalse(blocks.get(10).residual());
  }

  @Test
  void trunkReturnsStrides4And8And16ForAnyInputSize() throws IOException {
    MobileNetV2 trunk = MobileNetV2.builder().fromBundledWeights().build();
    assertEquals(List.of(4, 8, 16), trunk.featureStrides());
    Shape[] shapes = trunk.getOutputShapes(new Shape[] {new Shape(2, 3, 256, 448)});
    assertEquals(new Shape(2, 24, 64, 112), shapes[0]);
    assertEquals(new Shape(2, 32, 32, 56), shapes[1]);
    assertEquals(new Shape(2, 96, 16, 28), shapes[2]);
  }

  @Test
  void aTopologyWithoutTheRequestedBlockIsRefusedByName() throws IOException {
    TfjsLayersModel model = TfjsLayersModel.read(TfjsSource.classpath(MobileNetV2.BUNDLED_FOLDER));
    IOException e =
        assertThrows(TfjsFormatException.class, () -> MobileNetV2Spec.fromKeras(model, 17));
    assertTrue(e.getMessage().contains("no layer named block_17_depthwise"), e.getMessage());
    assertTrue(
        e.getMessage().startsWith("classpath:" + MobileNetV2.BUNDLED_FOLDER + "/model.json"));
  }
}
