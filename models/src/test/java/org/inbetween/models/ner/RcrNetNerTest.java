package org.inbetween.models.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.ParameterStore;
import java.io.IOException;
import org.junit.jupiter.api.Test;

class RcrNetNerTest {

  /**
   * The reference {@code VideoModel} (spec §1.3): 51,741,185 parameters without the unused
   * resnet.fc — RCRNet's 43,218,433 plus two GRUs, the fuse convolution and two non-local blocks.
   */
  @Test
  void fullPresetHasTheReferenceParameterCount() throws IOException {
    try (NDManager manager = NDManager.newBaseManager()) {
      RcrNetNer net = RcrNetNer.builder().setPreset(NerPreset.FULL).build();
      net.initialize(manager, 2, 64, 64);
      assertEquals(51_741_185L, net.trainableParameterCount());
    }
  }

  /** 533,248 in the NER module; the trunk's frozen stem and first blocks are not counted. */
  @Test
  void mobilePresetMapsAClipToOneLogitMapPerFrame() throws IOException {
    try (NDManager manager = NDManager.newBaseManager()) {
      RcrNetNer net = RcrNetNer.builder().setPreset(NerPreset.MOBILE).build();
      net.initialize(manager, RcrNetNer.CLIP_LENGTH, 64, 96);
      assertEquals(1_272_385L, net.trainableParameterCount());
      NDArray clip = manager.randomUniform(0, 1, new Shape(2, RcrNetNer.CLIP_LENGTH, 3, 64, 96));
      NDArray logits =
          net.forward(new ParameterStore(manager, false), new NDList(clip), false).head();
      assertEquals(new Shape(2, RcrNetNer.CLIP_LENGTH, 1, 64, 96), logits.getShape());
      assertTrue(Float.isFinite(logits.sum().getFloat()));
    }
  }

  @Test
  void builderAndInitialisationRejectWhatCannotWork() throws IOException {
    assertThrows(IllegalStateException.class, () -> RcrNetNer.builder().build());
    assertThrows(
        IllegalStateException.class,
        () -> RcrNetNer.builder().setPreset(NerPreset.MOBILE).optDropout(1f).build());
    RcrNetNer net = RcrNetNer.builder().setPreset(NerPreset.MOBILE).build();
    try (NDManager manager = NDManager.newBaseManager()) {
      IllegalArgumentException frames =
          assertThrows(
              IllegalArgumentException.class,
              () -> net.initialize(manager, DataType.FLOAT32, new Shape(4, 3, 64, 64)));
      assertTrue(frames.getMessage().contains("(N,T,3,H,W)"), frames.getMessage());
    }
  }

  @Test
  void presetsAreFoundByNameAndUnknownNamesListTheKnownOnes() {
    assertEquals(NerPreset.MOBILE, NerPreset.byName(" Mobile"));
    IllegalArgumentException unknown =
        assertThrows(IllegalArgumentException.class, () -> NerPreset.byName("compact"));
    assertTrue(unknown.getMessage().contains("full, mobile"), unknown.getMessage());
  }
}
