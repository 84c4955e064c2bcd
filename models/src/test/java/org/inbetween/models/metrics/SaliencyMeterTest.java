package org.inbetween.models.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.ToDoubleFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.inbetween.models.image.LabelMask;
import org.inbetween.models.image.Masks;
import org.inbetween.models.testdata.SharedData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class SaliencyMeterTest {
  private static final List<String> FILES =
      List.of("0001.png", "19.png", "aerial-1867541__340.png");

  static Stream<Arguments> referenceScores() {
    return Stream.of(
        Arguments.of("MAE", (ToDoubleFunction<SaliencyScores>) SaliencyScores::mae),
        Arguments.of("Smeasure", (ToDoubleFunction<SaliencyScores>) SaliencyScores::sMeasure),
        Arguments.of("maxFm", (ToDoubleFunction<SaliencyScores>) SaliencyScores::maxF),
        Arguments.of("meanFm", (ToDoubleFunction<SaliencyScores>) SaliencyScores::meanF),
        Arguments.of("adpFm", (ToDoubleFunction<SaliencyScores>) SaliencyScores::adaptiveF),
        Arguments.of("maxEm", (ToDoubleFunction<SaliencyScores>) SaliencyScores::maxE),
        Arguments.of("meanEm", (ToDoubleFunction<SaliencyScores>) SaliencyScores::meanE),
        Arguments.of("adpEm", (ToDoubleFunction<SaliencyScores>) SaliencyScores::adaptiveE));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("referenceScores")
  void reproducesThePySodMetricsReferenceValues(String key, ToDoubleFunction<SaliencyScores> score)
      throws IOException {
    Path reference = SharedData.root().resolve("sod-metrics-reference");
    SaliencyMeter meter = new SaliencyMeter();
    for (String file : FILES) {
      Gray8Png prediction = Gray8Png.read(reference.resolve("preds").resolve(file));
      Gray8Png truth = Gray8Png.read(reference.resolve("masks").resolve(file));
      assertEquals(truth.width(), prediction.width());
      meter.add(prediction.values(), truth.values(), truth.width(), truth.height());
    }

    double expected = expectedValue(reference.resolve("expected.json"), key);

    assertEquals(3, meter.images());
    assertEquals(expected, score.applyAsDouble(meter.scores()), 1e-6, key);
  }

  @Test
  void perfectPredictionOfARealMaskScoresOne() throws IOException {
    LabelMask truth = Masks.fromPng(SharedData.davisMask("bus", 0), 0);
    SaliencyMeter meter = new SaliencyMeter();
    meter.add(truth, truth);

    SaliencyScores scores = meter.scores();
    assertEquals(0, scores.mae(), 0);
    assertEquals(1, scores.sMeasure(), 1e-9);
    assertEquals(1, scores.maxF(), 1e-12);
    // E divides by HW - 1, so a perfect map scores HW / (HW - 1), just above 1
    double pixels = truth.width() * truth.height();
    assertEquals(pixels / (pixels - 1), scores.maxE(), 1e-12);
    assertEquals(1, scores.adaptiveF(), 1e-12);
  }

  @Test
  void softMaskPredictionIsReadThroughItsStoredGrayLevels() throws IOException {
    LabelMask truth = Masks.fromPng(SharedData.davisMask("blackswan", 0), 0);
    float[] probabilities = new float[truth.width() * truth.height()];
    byte[] labels = truth.labels();
    for (int i = 0; i < labels.length; i++) {
      probabilities[i] = labels[i] != 0 ? 0.7f : 0.3f;
    }
    SaliencyMeter meter = new SaliencyMeter();

    meter.add(Masks.softFromProbabilities(0, truth.width(), truth.height(), probabilities), truth);

    // min-max normalisation stretches 0.3..0.7 to 0..1: a perfect ranking is a perfect map
    assertEquals(0, meter.scores().mae(), 1e-12);
    assertEquals(1, meter.scores().maxF(), 1e-12);
  }

  @Test
  void mergedMetersEqualOneMeterOverAllImages() throws IOException {
    LabelMask first = Masks.fromPng(SharedData.davisMask("bus", 0), 0);
    LabelMask later = Masks.fromPng(SharedData.davisMask("bus", 10), 10);
    SaliencyMeter together = new SaliencyMeter();
    together.add(later, first);
    together.add(first, first);
    SaliencyMeter a = new SaliencyMeter();
    a.add(later, first);
    SaliencyMeter b = new SaliencyMeter();
    b.add(first, first);

    a.addAll(b);

    assertEquals(together.scores(), a.scores());
    assertTrue(a.scores().mae() > 0 && a.scores().maxF() < 1);
  }

  @Test
  void allBackgroundTruthRewardsAnEmptyPrediction() {
    SaliencyMeter meter = new SaliencyMeter();
    meter.add(new double[12], new boolean[12], 4, 3);

    SaliencyScores scores = meter.scores();
    assertEquals(0, scores.mae());
    assertEquals(1, scores.sMeasure());
    assertEquals(12 / (11 + Math.ulp(1.0)), scores.maxE(), 1e-12);
  }

  private static double expectedValue(Path json, String key) throws IOException {
    Matcher matcher =
        Pattern.compile("\"" + key + "\"\\s*:\\s*([-0-9.eE]+)").matcher(Files.readString(json));
    assertTrue(matcher.find(), key + " missing from " + json);
    return Double.parseDouble(matcher.group(1));
  }
}
