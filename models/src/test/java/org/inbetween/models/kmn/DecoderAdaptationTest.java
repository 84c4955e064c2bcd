package org.inbetween.models.kmn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.inbetween.models.image.SoftMask;
import org.inbetween.models.pseudo.GeneratorSettings;
import org.inbetween.models.pseudo.PseudoLabelRequest;
import org.inbetween.models.testdata.DavisSequence;
import org.inbetween.models.testdata.JfTally;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Fine-tuning the kmn decoder on the keyframes of DAVIS dog-agility, which it was not trained on.
 */
class DecoderAdaptationTest {
  private static final List<Integer> KEYFRAMES = List.of(0, 12, 24);

  @TempDir Path dir;

  @Test
  void theAdaptedDecoderReadsTheMiddleKeyframeFromItsNeighboursBetterThanTheBundledOne()
      throws IOException {
    DavisSequence davis = new DavisSequence("dog-agility");
    Path adapted = dir.resolve("decoder.params");
    AtomicInteger reported = new AtomicInteger();
    int steps =
        DecoderAdaptation.adapt(
            keyframes(davis),
            DecoderAdaptation.Recipe.withSteps(40, 1),
            adapted,
            (step, loss) -> {
              assertEquals(reported.incrementAndGet(), step);
              assertTrue(Float.isFinite(loss), "loss " + loss);
            },
            () -> false);
    assertEquals(40, steps);
    assertEquals(40, reported.get());
    assertTrue(Files.size(adapted) > 0);

    double bundled = middleKeyframeJf(davis, GeneratorSettings.defaults());
    double own =
        middleKeyframeJf(
            davis,
            GeneratorSettings.defaults()
                .withOption(KmnGeneratorFactory.DECODER_OPTION, adapted.toString()));
    assertTrue(own > bundled + 0.03, "adapted J&F " + own + ", bundled " + bundled);
  }

  @Test
  void aCancelledAdaptationStopsAndWritesNothing() throws IOException {
    DavisSequence davis = new DavisSequence("dog-agility");
    Path adapted = dir.resolve("decoder.params");
    AtomicInteger checks = new AtomicInteger();
    int steps =
        DecoderAdaptation.adapt(
            keyframes(davis),
            DecoderAdaptation.Recipe.DEFAULT,
            adapted,
            (step, loss) -> {},
            () -> checks.incrementAndGet() > 3);
    assertEquals(3, steps);
    assertFalse(Files.exists(adapted));
  }

  @Test
  void tooFewKeyframesOrMismatchedObjectsAreRefusedWithTheReason() throws IOException {
    DavisSequence davis = new DavisSequence("dog-agility");
    List<DecoderAdaptation.Keyframe> all = keyframes(davis);
    Path out = dir.resolve("decoder.params");
    IllegalArgumentException one =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                DecoderAdaptation.adapt(
                    all.subList(0, 1),
                    DecoderAdaptation.Recipe.DEFAULT,
                    out,
                    (s, l) -> {},
                    () -> false));
    assertTrue(one.getMessage().contains("at least 2 keyframes"), one.getMessage());
    List<DecoderAdaptation.Keyframe> mismatched = new ArrayList<>(all);
    mismatched.set(
        1,
        new DecoderAdaptation.Keyframe(
            all.get(1).image(), List.of(all.get(1).masks().get(0), all.get(1).masks().get(0))));
    IllegalArgumentException objects =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                DecoderAdaptation.adapt(
                    mismatched, DecoderAdaptation.Recipe.DEFAULT, out, (s, l) -> {}, () -> false));
    assertTrue(objects.getMessage().contains("same objects"), objects.getMessage());
    assertFalse(Files.exists(out));
  }

  private static List<DecoderAdaptation.Keyframe> keyframes(DavisSequence davis)
      throws IOException {
    List<DecoderAdaptation.Keyframe> keyframes = new ArrayList<>();
    for (int k : KEYFRAMES) {
      keyframes.add(
          new DecoderAdaptation.Keyframe(
              davis.frames().frame(k), List.of(davis.truth(k).probabilities())));
    }
    return keyframes;
  }

  /** J&F of keyframe 12 read from keyframes 0 and 24 by a decoder chosen in {@code settings}. */
  private static double middleKeyframeJf(DavisSequence davis, GeneratorSettings settings)
      throws IOException {
    SoftMask before = davis.truth(KEYFRAMES.get(0));
    SoftMask after = davis.truth(KEYFRAMES.get(2));
    int k = KEYFRAMES.get(1);
    try (KmnGenerator generator = KmnGeneratorFactory.memory(davis.frames(), settings)) {
      float[] read = generator.generate(new PseudoLabelRequest(k, before, after)).probabilities();
      JfTally tally = new JfTally();
      tally.add(read, davis.truth(k).threshold(0.5f), before.width(), before.height());
      return tally.meanJf();
    }
  }
}
