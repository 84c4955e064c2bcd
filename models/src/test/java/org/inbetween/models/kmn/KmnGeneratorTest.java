package org.inbetween.models.kmn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.inbetween.models.fgplg.DavisBus;
import org.inbetween.models.image.LabelMask;
import org.inbetween.models.image.Masks;
import org.inbetween.models.image.SoftMask;
import org.inbetween.models.metrics.BoundaryAccuracy;
import org.inbetween.models.metrics.RegionSimilarity;
import org.inbetween.models.pseudo.GeneratorRegistry;
import org.inbetween.models.pseudo.GeneratorSettings;
import org.inbetween.models.pseudo.PseudoLabelGenerator;
import org.inbetween.models.pseudo.PseudoLabelRequest;
import org.inbetween.models.testdata.DavisSequence;
import org.inbetween.models.testdata.SharedData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The memory read on real frames: DAVIS bus (and motorbike), frame 10 from keyframes 0 and 20. */
class KmnGeneratorTest {
  private static final List<String> METHODS =
      List.of(
          KmnGeneratorFactory.NAME,
          FusedGeneratorFactory.NAME,
          FusedGeneratorFactory.WithFgplg.NAME);

  @Test
  void everyKmnMethodIsRegisteredAndFillsAFrameOfBusCloseToTheTruth() throws IOException {
    LabelMask truth = Masks.fromPng(SharedData.davisMask("bus", 10), 10);
    SoftMask before = DavisBus.truth(0);
    SoftMask after = DavisBus.truth(20);
    for (String method : METHODS) {
      try (PseudoLabelGenerator generator =
          GeneratorRegistry.standard()
              .get(method)
              .create(DavisBus.frames(), GeneratorSettings.defaults())) {
        SoftMask mask = generator.generate(new PseudoLabelRequest(10, before, after));
        assertEquals(method, generator.method());
        assertEquals(10, mask.frame());
        LabelMask predicted =
            Masks.fromBinary(10, mask.width(), mask.height(), mask.threshold(0.5f), 1);
        double j = RegionSimilarity.jaccard(predicted, truth, 1);
        assertTrue(j > 0.8, method + ": J " + j);
      }
    }
  }

  @Test
  void theTrustFusionFillsTheFrameAsWellAndIsNamedInTheProvenance() throws IOException {
    LabelMask truth = Masks.fromPng(SharedData.davisMask("bus", 10), 10);
    GeneratorSettings trust =
        GeneratorSettings.defaults().withOption(FusedGeneratorFactory.FUSION_OPTION, "Trust");
    try (PseudoLabelGenerator generator =
        GeneratorRegistry.standard()
            .get(FusedGeneratorFactory.NAME)
            .create(DavisBus.frames(), trust)) {
      SoftMask mask =
          generator.generate(new PseudoLabelRequest(10, DavisBus.truth(0), DavisBus.truth(20)));
      LabelMask predicted =
          Masks.fromBinary(10, mask.width(), mask.height(), mask.threshold(0.5f), 1);
      assertTrue(RegionSimilarity.jaccard(predicted, truth, 1) > 0.8);
      assertEquals("trust", generator.parameters().get(FusedGeneratorFactory.FUSION_OPTION));
      assertEquals("0.25", generator.parameters().get(FusedGeneratorFactory.FULL_TRUST_OPTION));
    }
  }

  /**
   * With full trust 1 the flow's answer is taken whole only where its chains are fully consistent:
   * the fusion moves towards the read, and says so in its provenance; a bad value is refused.
   */
  @Test
  void aHigherFullTrustMovesTheFusionTowardsTheRead() throws IOException {
    PseudoLabelRequest request = new PseudoLabelRequest(10, DavisBus.truth(0), DavisBus.truth(20));
    GeneratorSettings readier =
        GeneratorSettings.defaults().withOption(FusedGeneratorFactory.FULL_TRUST_OPTION, "1");
    float[] read;
    float[] usual;
    float[] leaning;
    try (PseudoLabelGenerator kmn =
            GeneratorRegistry.standard()
                .get(KmnGeneratorFactory.NAME)
                .create(DavisBus.frames(), GeneratorSettings.defaults());
        PseudoLabelGenerator fused =
            GeneratorRegistry.standard()
                .get(FusedGeneratorFactory.NAME)
                .create(DavisBus.frames(), GeneratorSettings.defaults());
        PseudoLabelGenerator fusedReadier =
            GeneratorRegistry.standard()
                .get(FusedGeneratorFactory.NAME)
                .create(DavisBus.frames(), readier)) {
      read = kmn.generate(request).probabilities();
      usual = fused.generate(request).probabilities();
      leaning = fusedReadier.generate(request).probabilities();
      assertEquals("1.0", fusedReadier.parameters().get(FusedGeneratorFactory.FULL_TRUST_OPTION));
    }
    assertTrue(distance(leaning, read) < distance(usual, read));
    IllegalArgumentException bad =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                GeneratorRegistry.standard()
                    .get(FusedGeneratorFactory.NAME)
                    .create(
                        DavisBus.frames(),
                        GeneratorSettings.defaults()
                            .withOption(FusedGeneratorFactory.FULL_TRUST_OPTION, "-1")));
    assertTrue(bad.getMessage().contains("fullTrust must be a positive number"), bad.getMessage());
  }

  private static double distance(float[] a, float[] b) {
    double sum = 0;
    for (int p = 0; p < a.length; p++) {
      sum += Math.abs(a[p] - b[p]);
    }
    return sum;
  }

  @Test
  void theFusionWithFgplgRecordsBothModelsAndNamesAMissingCheckpoint() throws IOException {
    try (PseudoLabelGenerator generator =
        GeneratorRegistry.standard()
            .get(FusedGeneratorFactory.WithFgplg.NAME)
            .create(DavisBus.frames(), GeneratorSettings.defaults())) {
      assertEquals("bundled:fgplg-compact", generator.parameters().get("model"));
      assertEquals(64, generator.parameters().get("modelSha256").length());
      assertEquals(64, generator.parameters().get("decoderSha256").length());
      assertEquals("trust", generator.parameters().get(FusedGeneratorFactory.FUSION_OPTION));
    }
    GeneratorSettings missing =
        GeneratorSettings.defaults().withOption("model", "/nonexistent/checkpoint");
    UncheckedIOException e =
        assertThrows(
            UncheckedIOException.class,
            () ->
                GeneratorRegistry.standard()
                    .get(FusedGeneratorFactory.WithFgplg.NAME)
                    .create(DavisBus.frames(), missing));
    assertTrue(e.getMessage().startsWith("cannot load fgplg model /nonexistent/checkpoint"));
  }

  @Test
  void trustFromAQuarterUpKeepsWarpWholeAndBelowItHandsOverInProportion() {
    assertEquals(1f, FusedGenerator.relianceOf(0.25f, FusedGenerator.FULL_TRUST));
    assertEquals(1f, FusedGenerator.relianceOf(0.9f, FusedGenerator.FULL_TRUST));
    assertEquals(0.5f, FusedGenerator.relianceOf(0.125f, FusedGenerator.FULL_TRUST));
    assertEquals(0f, FusedGenerator.relianceOf(0f, FusedGenerator.FULL_TRUST));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "kmn-warp | fusion | average | unknown kmn-warp fusion \"average\"; choose one of certainty,"
            + " trust",
        "kmn | edges | sharp | unknown kmn edges \"sharp\"; choose one of guided, decoder"
      })
  void anUnknownChoiceIsRefusedWithTheChoices(
      String method, String option, String value, String message) {
    GeneratorSettings unknown = GeneratorSettings.defaults().withOption(option, value);
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> GeneratorRegistry.standard().get(method).create(DavisBus.frames(), unknown));
    assertEquals(message, e.getMessage());
  }

  @Test
  void everyKmnMethodPropagatesFromFrameZeroAloneToFrameTen() throws IOException {
    LabelMask truth = Masks.fromPng(SharedData.davisMask("bus", 10), 10);
    SoftMask anchor = DavisBus.truth(0);
    for (String method : METHODS) {
      try (PseudoLabelGenerator generator =
          GeneratorRegistry.standard()
              .get(method)
              .create(DavisBus.frames(), GeneratorSettings.defaults())) {
        assertTrue(generator.propagates(), method);
        SoftMask mask = null;
        for (int frame = 1; frame <= 10; frame++) {
          mask = generator.propagate(frame, anchor);
        }
        assertEquals(10, mask.frame());
        LabelMask predicted =
            Masks.fromBinary(10, mask.width(), mask.height(), mask.threshold(0.5f), 1);
        double j = RegionSimilarity.jaccard(predicted, truth, 1);
        assertTrue(j > 0.8, method + ": J " + j);
      }
    }
  }

  /**
   * On motorbike, a sequence the decoder never trained on, the guided edges (the default) follow
   * the rider and the bike better than the decoder's own: J and F both rise on a frame in the
   * middle of a 20-frame gap.
   */
  @Test
  void guidedEdgesFitAHeldOutSequenceBetterThanTheDecodersOwn() throws IOException {
    DavisSequence motorbike = new DavisSequence("motorbike");
    PseudoLabelRequest request =
        new PseudoLabelRequest(10, motorbike.truth(0), motorbike.truth(20));
    boolean[] truth = motorbike.truth(10).threshold(0.5f);
    double[] guided = jAndF(motorbike, GeneratorSettings.defaults(), request, truth);
    double[] decoder =
        jAndF(
            motorbike,
            GeneratorSettings.defaults().withOption(KmnGeneratorFactory.EDGES_OPTION, "decoder"),
            request,
            truth);
    assertTrue(guided[0] > decoder[0], "J guided " + guided[0] + ", decoder " + decoder[0]);
    assertTrue(guided[1] > decoder[1], "F guided " + guided[1] + ", decoder " + decoder[1]);
  }

  private static double[] jAndF(
      DavisSequence sequence,
      GeneratorSettings settings,
      PseudoLabelRequest request,
      boolean[] truth)
      throws IOException {
    try (PseudoLabelGenerator generator =
        GeneratorRegistry.standard()
            .get(KmnGeneratorFactory.NAME)
            .create(sequence.frames(), settings)) {
      SoftMask mask = generator.generate(request);
      boolean[] predicted = mask.threshold(0.5f);
      return new double[] {
        RegionSimilarity.jaccard(predicted, truth, null),
        BoundaryAccuracy.fMeasure(predicted, truth, null, mask.width(), mask.height())
      };
    }
  }

  @Test
  void provenanceNamesTheBundledDecoderAndItsHash() throws IOException {
    try (PseudoLabelGenerator generator =
        GeneratorRegistry.standard()
            .get(KmnGeneratorFactory.NAME)
            .create(DavisBus.frames(), GeneratorSettings.defaults())) {
      assertEquals("bundled:kmn-decoder", generator.parameters().get("decoder"));
      assertEquals(64, generator.parameters().get("decoderSha256").length());
      assertEquals("guided", generator.parameters().get(KmnGeneratorFactory.EDGES_OPTION));
    }
  }
}
