package org.inbetween.app.effort;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.inbetween.app.labeling.bench.DavisSequence;
import org.inbetween.app.task.Progress;
import org.inbetween.app.training.AdaptRequest;
import org.inbetween.app.training.AdaptationRecipe;
import org.inbetween.app.training.AdaptedMethod;
import org.inbetween.app.training.KmnAdaptTask;
import org.inbetween.app.video.DavisLayout;
import org.inbetween.models.fgplg.PriorCorruption;
import org.inbetween.models.kmn.DecoderAdaptation;
import org.inbetween.models.pseudo.CopyGenerator;
import org.inbetween.models.pseudo.GeneratorFactory;
import org.inbetween.models.pseudo.GeneratorSettings;
import org.inbetween.models.pseudo.WarpGenerator;
import org.inbetween.models.testdata.SharedData;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The scripted annotator on a real DAVIS sequence: every frame ends at the target. */
class SimulatedAnnotatorTest {
  private static final double TARGET = 0.9;
  private static DavisSequence carShadow;

  @TempDir Path dir;

  @BeforeAll
  static void read() throws Exception {
    carShadow = DavisSequence.read(SharedData.davis(), "car-shadow");
  }

  @Test
  void uniformDrawsTheGridRunsOnceAndCorrectsWhatFallsShort() throws Exception {
    EffortResult result = annotate(new CopyGenerator.Factory(), "uniform:10");

    assertEquals(1, result.runs());
    assertTrue(result.drawn() > 5, "copy leaves frames below 0.9 to correct: " + result);
    assertTrue(result.drawn() < carShadow.frameCount(), "some copies are good: " + result);
    assertTrue(result.minJ() >= TARGET, result.toString());
    assertEquals(2, result.trace().size(), "after the run, and after the corrections");
    assertEquals(result.drawn(), result.trace().get(1)[0], 1e-9);
  }

  @Test
  void suggestAddsKeyframesOneAtATimeUntilEveryFrameReachesTheTarget() throws Exception {
    EffortResult result = annotate(new WarpGenerator.Factory(), "suggest");

    assertTrue(result.minJ() >= TARGET, result.toString());
    assertTrue(result.runs() >= 3, "pseudo-label and suggest runs: " + result);
    assertTrue(result.drawnFraction() < 0.25, result.toString());
    double[] first = result.trace().get(0);
    double[] last = result.trace().get(result.trace().size() - 1);
    assertEquals(2, first[0], 1e-9, "it starts from the first and last frame");
    assertTrue(last[1] > first[1], "mean J grows as keyframes are added");
  }

  @Test
  void anAdaptedMethodAdaptsOnTheFirstKeyframesThenFillsWithWhatItLearnt() throws Exception {
    AdaptedMethod kmnAdapted =
        AdaptedMethod.named(
                "kmn-adapted",
                GeneratorSettings.defaults(),
                new AdaptedMethod.Recipes(
                    new AdaptationRecipe(
                        AdaptRequest.DEFAULT_STEPS,
                        AdaptRequest.DEFAULT_LEARNING_RATE,
                        AdaptRequest.DEFAULT_INPUT_SIDE,
                        1,
                        new PriorCorruption(0)),
                    DecoderAdaptation.Recipe.withSteps(10, 1)))
            .orElseThrow();

    EffortResult result = annotate(AnnotatorMethod.adapted(kmnAdapted), "uniform:10");

    assertEquals("kmn-adapted", result.method());
    assertTrue(
        Files.isRegularFile(dir.resolve("project").resolve(KmnAdaptTask.DEFAULT_OUT)),
        "the decoder adapted on the grid's keyframes is in the project");
    assertTrue(result.minJ() >= TARGET, result.toString());
    assertTrue(result.drawn() < carShadow.frameCount(), "some frames were accepted: " + result);
  }

  private EffortResult annotate(GeneratorFactory factory, String strategy) throws Exception {
    return annotate(AnnotatorMethod.of(factory, GeneratorSettings.defaults()), strategy);
  }

  private EffortResult annotate(AnnotatorMethod method, String strategy) throws Exception {
    return new SimulatedAnnotator(
            carShadow,
            DavisLayout.of(SharedData.davis(), "car-shadow").frames(),
            dir.resolve("project"),
            method,
            EffortStrategy.parse(strategy),
            TARGET)
        .run(Progress.NONE);
  }
}
