package org.inbetween.models.fgplg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.inbetween.models.flow.Frames;
import org.inbetween.models.image.SoftMask;
import org.inbetween.models.nn.BatchNormMode;
import org.inbetween.models.pseudo.GeneratorRegistry;
import org.inbetween.models.pseudo.GeneratorSettings;
import org.inbetween.models.pseudo.PseudoLabelGenerator;
import org.inbetween.models.pseudo.PseudoLabelRequest;
import org.inbetween.models.rcrnet.RcrNetPreset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * FGPLG's network corrects the {@code warp} blend: a network that has not been trained (its last
 * layer starts at zero) must give back {@code warp}'s mask on a real frame, so training starts from
 * the baseline instead of from noise.
 */
class FgplgCorrectionTest {
  @TempDir Path checkpoint;

  @Test
  void anUntrainedNetworkReproducesTheWarpBlend() throws Exception {
    int size = RcrNetPreset.COMPACT.inputSize();
    try (FgplgTrainer trainer =
        FgplgTrainer.builder()
            .setNetwork(CompactNetworks.fgplg(BatchNormMode.FROZEN))
            .setInputSize(size, size)
            .build()) {
      trainer.save(checkpoint, "untrained");
    }
    Frames frames = DavisBus.frames();
    PseudoLabelRequest request = new PseudoLabelRequest(35, DavisBus.truth(30), DavisBus.truth(40));
    GeneratorSettings settings =
        GeneratorSettings.defaults().withOption("model", checkpoint.toString());
    SoftMask warp = generate("warp", frames, settings, request);
    SoftMask fgplg = generate("fgplg", frames, settings, request);

    float[] expected = warp.probabilities();
    float[] actual = fgplg.probabilities();
    int object = 0;
    for (int p = 0; p < expected.length; p++) {
      // Within the window the blend is clamped to [0.005, 0.995] before its logit.
      assertEquals(expected[p], actual[p], 0.0051, "pixel " + p);
      if (Math.abs(expected[p] - 0.5f) > 0.001f) { // the last layer's bias is 0.001
        assertEquals(expected[p] >= 0.5f, actual[p] >= 0.5f, "pixel " + p);
      }
      object += expected[p] >= 0.5f ? 1 : 0;
    }
    assertTrue(object > 10_000, "the bus is in the frame: " + object + " pixels");
  }

  private static SoftMask generate(
      String method, Frames frames, GeneratorSettings settings, PseudoLabelRequest request)
      throws Exception {
    try (PseudoLabelGenerator generator =
        GeneratorRegistry.standard().get(method).create(frames, settings)) {
      return generator.generate(request);
    }
  }
}
