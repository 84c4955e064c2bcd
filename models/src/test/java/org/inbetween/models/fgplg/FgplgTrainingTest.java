package org.inbetween.models.fgplg;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.inbetween.models.nn.BatchNormMode;
import org.inbetween.models.train.ComputeDevice;
import org.inbetween.models.train.TrainingPlan;
import org.inbetween.models.train.TrainingProgress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The loop's bookkeeping on small synthetic examples: cancel, checkpoint, resume, adapt. */
class FgplgTrainingTest {
  private static final int SIZE = 64;
  @TempDir Path out;

  private static FgplgTrainer fresh() {
    return FgplgTrainer.builder()
        .setNetwork(CompactNetworks.fgplg(BatchNormMode.BATCH))
        .setInputSize(SIZE, SIZE)
        .optLearningRate(1e-3f)
        .optSeed(5)
        .build();
  }

  private static List<TrainingExample> examples(int count) {
    SyntheticExamples source = new SyntheticExamples(2, SIZE);
    List<TrainingExample> list = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      list.add(source.next());
    }
    return list;
  }

  @Test
  void cancellingBetweenStepsSavesACheckpointThatResumesToTheEnd() throws Exception {
    List<TrainingExample> train = examples(2);
    TrainingPlan plan = new TrainingPlan(6, 100, 100, 1, "synthetic squares");
    AtomicInteger seen = new AtomicInteger();
    FgplgTraining.Result stopped;
    try (FgplgTrainer trainer = fresh()) {
      stopped =
          FgplgTraining.run(
              trainer,
              train,
              List.of(),
              plan,
              PriorCorruption.NONE,
              out,
              p -> seen.incrementAndGet(),
              () -> seen.get() >= 2);
    }
    assertTrue(stopped.cancelled());
    assertEquals(2, stopped.steps());
    assertEquals(2, CheckpointInfo.read(out).steps());
    assertTrue(Double.isNaN(stopped.validationJ()), "nothing held out, nothing measured");

    List<TrainingProgress> reports = new ArrayList<>();
    FgplgTraining.Result finished;
    try (FgplgTrainer trainer = FgplgTrainer.resume(out)) {
      finished =
          FgplgTraining.run(
              trainer, train, train, plan, PriorCorruption.NONE, out, reports::add, () -> false);
    }
    assertEquals(false, finished.cancelled());
    assertEquals(List.of(3L, 4L, 5L, 6L), reports.stream().map(TrainingProgress::step).toList());
    assertTrue(reports.get(3).validated(), "the last step is always validated");
    assertEquals(6, CheckpointInfo.read(out).steps());
  }

  @Test
  void theBestValidatedCheckpointIsKeptBesideTheLatest() throws Exception {
    List<TrainingExample> examples = examples(3);
    TrainingPlan plan = new TrainingPlan(8, 2, 100, 1, "synthetic squares");
    List<TrainingProgress> reports = new ArrayList<>();
    FgplgTraining.Result result;
    try (FgplgTrainer trainer = fresh()) {
      result =
          FgplgTraining.run(
              trainer,
              examples,
              examples,
              plan,
              PriorCorruption.NONE,
              out,
              reports::add,
              () -> false);
    }
    TrainingProgress best =
        reports.stream()
            .filter(TrainingProgress::validated)
            .max((a, b) -> Double.compare(a.validationJ(), b.validationJ()))
            .orElseThrow();
    assertEquals(best.validationJ(), result.bestJ());
    assertEquals(best.step(), result.bestStep());
    assertEquals(best.step(), CheckpointInfo.read(out.resolve(FgplgTraining.BEST)).steps());
    assertEquals(8, CheckpointInfo.read(out).steps());
  }

  @Test
  void adaptingFreezesBatchNormAndStartsCountingAgain(@TempDir Path adapted) throws Exception {
    try (FgplgTrainer trainer = fresh()) {
      trainer.step(examples(1).get(0));
      trainer.save(out, "synthetic squares");
    }
    try (FgplgTrainer trainer = FgplgTrainer.adapt(out, 1e-5f, SIZE, ComputeDevice.CPU)) {
      assertEquals(BatchNormMode.FROZEN, trainer.network().config().batchNorm());
      assertEquals(0, trainer.steps());
      oneAdaptingStep(trainer, examples(1).get(0), adapted);
    }
    CheckpointInfo info = CheckpointInfo.read(adapted);
    assertEquals(1e-5f, info.learningRate());
    assertEquals("project keyframes", info.data());
  }

  @Test
  void anAdaptationAtALargerSideSavesThatSideAndTheAdaptedModelRunsAtIt(@TempDir Path adapted)
      throws Exception {
    try (FgplgTrainer trainer = fresh()) {
      trainer.save(out, "synthetic squares");
    }
    int larger = SIZE + 2 * FgplgTrainer.INPUT_MULTIPLE;
    SyntheticExamples source = new SyntheticExamples(2, larger);
    try (FgplgTrainer trainer = FgplgTrainer.adapt(out, 1e-3f, larger, ComputeDevice.CPU)) {
      assertEquals(larger, trainer.inputHeight());
      oneAdaptingStep(trainer, source.next(), adapted);
    }
    CheckpointInfo info = CheckpointInfo.read(adapted);
    assertEquals(larger, info.inputHeight());
    assertEquals(larger, info.inputWidth());
    try (FgplgPredictor predictor = FgplgPredictor.load(adapted, ComputeDevice.CPU)) {
      float[] input = new float[ExampleBuilder.CHANNELS * larger * larger];
      assertEquals(larger * larger, predictor.correction(input).length);
    }
    assertThrows(
        IllegalArgumentException.class,
        () -> FgplgTrainer.adapt(out, 1e-3f, SIZE + 1, ComputeDevice.CPU),
        "not a multiple of the output stride");
  }

  @Test
  void anAdaptationWithTheSameSeedRepeatsExactly(@TempDir Path first, @TempDir Path second)
      throws Exception {
    try (FgplgTrainer trainer = fresh()) {
      trainer.step(examples(1).get(0));
      trainer.save(out, "synthetic squares");
    }
    List<TrainingExample> examples = examples(3);
    float[] once = adaptAndPredict(examples, first);
    float[] again = adaptAndPredict(examples, second);
    assertArrayEquals(once, again);
  }

  private static void oneAdaptingStep(FgplgTrainer trainer, TrainingExample example, Path to)
      throws Exception {
    FgplgTraining.run(
        trainer,
        List.of(example),
        List.of(),
        new TrainingPlan(1, 1, 1, 1, "project keyframes"),
        PriorCorruption.NONE,
        to,
        p -> {},
        () -> false);
  }

  private float[] adaptAndPredict(List<TrainingExample> examples, Path to) throws Exception {
    try (FgplgTrainer trainer = FgplgTrainer.adapt(out, 1e-3f, SIZE, ComputeDevice.CPU)) {
      FgplgTraining.run(
          trainer,
          examples,
          List.of(),
          new TrainingPlan(4, 100, 100, 7, "project keyframes"),
          PriorCorruption.NONE,
          to,
          p -> {},
          () -> false);
      return trainer.predict(examples.get(0));
    }
  }
}
