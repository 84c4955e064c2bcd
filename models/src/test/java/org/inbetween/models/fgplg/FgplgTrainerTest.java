package org.inbetween.models.fgplg;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.nn.Parameter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.inbetween.models.nn.BatchNormMode;
import org.inbetween.models.rcrnet.RcrNet;
import org.inbetween.models.rcrnet.RcrNetConfig;
import org.inbetween.models.rcrnet.RcrNetPreset;
import org.inbetween.models.train.Checkpoints;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FgplgTrainerTest {
  private static final int SIZE = 64;

  private static FgplgTrainer compactTrainer(BatchNormMode batchNorm) {
    RcrNetConfig config = CompactNetworks.fgplg(batchNorm);
    return FgplgTrainer.builder()
        .setNetwork(config)
        .setInputSize(SIZE, SIZE)
        .optLearningRate(1e-3f)
        .optSeed(7)
        .build();
  }

  /**
   * Batch statistics, as for training from scratch: with frozen initial statistics (mean 0, var 1)
   * an untrained network is un-normalised and its first steps are slow and erratic. The last layer
   * starts at zero (no correction to the prior), so the first steps only move that layer.
   */
  @Test
  void lossDecreasesOverSixtyStepsOnALearnableProblem() {
    SyntheticExamples examples = new SyntheticExamples(1, SIZE);
    float[] losses = new float[60];
    try (FgplgTrainer trainer = compactTrainer(BatchNormMode.BATCH)) {
      for (int i = 0; i < losses.length; i++) {
        losses[i] = trainer.step(examples.next());
      }
      assertEquals(60, trainer.steps());
    }
    double firstFive = average(losses, 0, 5);
    double lastFive = average(losses, 55, 60);
    assertTrue(
        lastFive < 0.7 * firstFive,
        "loss should fall: first five "
            + firstFive
            + ", last five "
            + lastFive
            + " "
            + Arrays.toString(losses));
  }

  /**
   * An example's weight scales its loss, so its gradient: after the same two steps, a second
   * example of weight 0.01 moves the network elsewhere than one of weight 1, while the same weights
   * give the same network (so the difference is the weight's).
   */
  @Test
  void anExamplesWeightScalesWhatItTeaches() {
    SyntheticExamples examples = new SyntheticExamples(5, SIZE);
    TrainingExample first = examples.next();
    TrainingExample second = examples.next();
    TrainingExample probe = examples.next();
    float[] full = afterTwoSteps(first, second, probe);
    assertArrayEquals(full, afterTwoSteps(first, second, probe));
    float[] light = afterTwoSteps(first, second.withWeight(0.01f), probe);
    assertTrue(!Arrays.equals(full, light), "a weight of 0.01 changed nothing");
  }

  private static float[] afterTwoSteps(
      TrainingExample first, TrainingExample second, TrainingExample probe) {
    try (FgplgTrainer trainer = compactTrainer(BatchNormMode.BATCH)) {
      trainer.step(first);
      float loss = trainer.step(second);
      assertTrue(Float.isFinite(loss));
      return trainer.predict(probe);
    }
  }

  @Test
  void frozenBatchNormKeepsItsRunningStatisticsWhileItsAffineParametersLearn() {
    try (FgplgTrainer trainer = compactTrainer(BatchNormMode.FROZEN)) {
      Parameter mean = parameter(trainer.network(), "runningMean");
      Parameter gamma = parameter(trainer.network(), "gamma");
      float[] meanBefore = mean.getArray().toFloatArray();
      float[] gammaBefore = gamma.getArray().toFloatArray();
      SyntheticExamples examples = new SyntheticExamples(2, SIZE);
      // Two steps: the first moves only the zero-initialised last layer.
      trainer.step(examples.next());
      trainer.step(examples.next());
      assertArrayEquals(meanBefore, mean.getArray().toFloatArray());
      assertTrue(!Arrays.equals(gammaBefore, gamma.getArray().toFloatArray()));
    }
  }

  /**
   * The move a GPU failure mid-run makes (tested here on a CPU trainer, since no GPU is needed to
   * move the state): the weights and step count carry over exactly, the device says why, and the
   * training goes on.
   */
  @Test
  void continuingOnTheCpuKeepsTheWeightsAndTheStepCountAndTrainsOn(@TempDir Path folder)
      throws IOException {
    SyntheticExamples examples = new SyntheticExamples(4, SIZE);
    try (FgplgTrainer trainer = compactTrainer(BatchNormMode.BATCH)) {
      trainer.step(examples.next());
      trainer.step(examples.next());
      TrainingExample probe = examples.next();
      float[] before = trainer.predict(probe);
      trainer.save(folder.resolve("before"), "test");

      trainer.continueOnCpu("CUDA out of memory. Tried to allocate 2.00 GiB");

      trainer.save(folder.resolve("after"), "test");
      assertArrayEquals(
          Files.readAllBytes(folder.resolve("before").resolve(Checkpoints.PARAMETERS)),
          Files.readAllBytes(folder.resolve("after").resolve(Checkpoints.PARAMETERS)));
      assertArrayEquals(before, trainer.predict(probe));
      assertEquals(2, trainer.steps());
      assertTrue(trainer.device().fellBack());
      assertTrue(
          trainer.device().toString().contains("failed at step 3: CUDA out of memory"),
          trainer.device().toString());
      float loss = trainer.step(examples.next());
      assertTrue(Float.isFinite(loss));
      assertEquals(3, trainer.steps());
    }
  }

  @Test
  void checkpointRoundTripGivesIdenticalOutputsAndResumesTheStepCount(@TempDir Path folder)
      throws IOException {
    SyntheticExamples examples = new SyntheticExamples(3, SIZE);
    TrainingExample probe = examples.next();
    float[] before;
    try (FgplgTrainer trainer = compactTrainer(BatchNormMode.BATCH)) {
      trainer.step(examples.next());
      trainer.step(examples.next());
      before = trainer.predict(probe);
      trainer.save(folder, "synthetic squares");
    }
    CheckpointInfo info = CheckpointInfo.read(folder);
    assertEquals(RcrNetPreset.COMPACT, info.network().preset());
    assertEquals("synthetic squares", info.data());
    try (FgplgTrainer resumed = FgplgTrainer.resume(folder)) {
      assertEquals(2, resumed.steps());
      assertArrayEquals(before, resumed.predict(probe));
      resumed.step(examples.next());
      assertEquals(3, resumed.steps());
    }
  }

  @Test
  void aFolderWithoutADescriptionIsNotACheckpoint(@TempDir Path folder) throws IOException {
    IOException missing = assertThrows(IOException.class, () -> FgplgTrainer.resume(folder));
    assertTrue(missing.getMessage().contains(Checkpoints.INFO), missing.getMessage());
    Files.writeString(folder.resolve(Checkpoints.INFO), "{ not json");
    IOException garbled = assertThrows(IOException.class, () -> FgplgTrainer.resume(folder));
    assertTrue(garbled.getMessage().contains(Checkpoints.INFO), garbled.getMessage());
  }

  private static Parameter parameter(RcrNet net, String name) {
    return net.getParameters().values().stream()
        .filter(p -> p.getName().equals(name))
        .findFirst()
        .orElseThrow();
  }

  private static double average(float[] values, int from, int to) {
    double sum = 0;
    for (int i = from; i < to; i++) {
      sum += values[i];
    }
    return sum / (to - from);
  }
}
