package org.inbetween.models.pseudo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import org.inbetween.models.flow.Frames;
import org.inbetween.models.image.LabelMask;
import org.inbetween.models.image.Masks;
import org.inbetween.models.image.RgbImage;
import org.inbetween.models.metrics.RegionSimilarity;
import org.inbetween.models.testdata.MovingSquareVideo;
import org.inbetween.models.testdata.SharedData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class WarpGeneratorTest {
  private static final GeneratorRegistry REGISTRY = GeneratorRegistry.standard();

  @Test
  void warpFollowsAMovingSquareBetterThanCopy() throws IOException {
    MovingSquareVideo video = new MovingSquareVideo(7, 3);
    double warp = meanJaccard("warp", video::frame, video::mask, 0, 4);
    double copy = meanJaccard("copy", video::frame, video::mask, 0, 4);

    assertTrue(warp > copy + 0.05, "warp J=" + warp + " copy J=" + copy);
  }

  @ParameterizedTest
  @ValueSource(strings = {"car-shadow"})
  void warpBeatsCopyOnRealVideo(String sequence) throws IOException {
    Path root = SharedData.davis();
    Frames frames =
        k ->
            RgbImage.fromBufferedImage(
                javax.imageio.ImageIO.read(
                    root.resolve("JPEGImages/480p/" + sequence + String.format("/%05d.jpg", k))
                        .toFile()));
    TruthSource truth = k -> Masks.fromPng(SharedData.davisMask(sequence, k), k);

    double warp = meanJaccard("warp", frames, truth, 0, 10);
    double copy = meanJaccard("copy", frames, truth, 0, 10);

    assertTrue(warp > copy, sequence + ": warp J=" + warp + " copy J=" + copy);
  }

  @Test
  void theSevenChannelsComeInFgplgOrder() throws IOException {
    MovingSquareVideo video = new MovingSquareVideo(7, 3);
    try (FlowGuidance guidance = new FlowGuidance(video::frame, GeneratorSettings.defaults())) {
      GuidanceInputs in =
          guidance.inputs(
              new PseudoLabelRequest(
                  2, KeyframeMasks.of(video.mask(0), 1), KeyframeMasks.of(video.mask(4), 1)));
      float[] seven = in.sevenChannels();
      int n = MovingSquareVideo.WIDTH * MovingSquareVideo.HEIGHT;

      assertEquals(7 * n, seven.length);
      assertEquals((video.frame(2).rgb(0, 0) >> 16) / 255f, seven[0], 1e-6f);
      assertEquals(in.warpedBefore()[n / 2], seven[3 * n + n / 2]);
      assertEquals(in.magnitudeAfter()[n / 2], seven[6 * n + n / 2]);
    }
  }

  @Test
  void anUnknownMethodNamesTheKnownOnes() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> REGISTRY.get("magic"));

    assertTrue(
        e.getMessage().contains("[copy, fgplg, kmn, kmn-fgplg, kmn-warp, warp]"), e.getMessage());
  }

  @FunctionalInterface
  private interface TruthSource {
    LabelMask mask(int frame) throws IOException;
  }

  /** J of object 1 over the frames strictly between keyframes {@code i} and {@code j}. */
  private static double meanJaccard(String method, Frames frames, TruthSource truth, int i, int j)
      throws IOException {
    double sum = 0;
    try (PseudoLabelGenerator generator =
        REGISTRY.get(method).create(frames, GeneratorSettings.defaults())) {
      for (int k = i + 1; k < j; k++) {
        PseudoLabelRequest request =
            new PseudoLabelRequest(
                k, KeyframeMasks.of(truth.mask(i), 1), KeyframeMasks.of(truth.mask(j), 1));
        boolean[] predicted = generator.generate(request).threshold(0.5f);
        sum += RegionSimilarity.jaccard(predicted, truth.mask(k).binary(1), null);
      }
    }
    return sum / (j - i - 1);
  }
}
