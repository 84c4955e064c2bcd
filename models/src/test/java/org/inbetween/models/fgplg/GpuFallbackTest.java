package org.inbetween.models.fgplg;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import ai.djl.engine.Engine;
import ai.djl.engine.EngineException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.inbetween.models.nn.BatchNormMode;
import org.inbetween.models.train.ComputeDevice;
import org.inbetween.models.train.DeviceChoice;
import org.inbetween.models.train.Devices;
import org.inbetween.models.train.GpuFallback;
import org.junit.jupiter.api.Test;

/**
 * A failing GPU is faked by making {@link Devices} report one on a machine whose engine has none:
 * the engine's own error when it is asked for CUDA is then what {@link GpuFallback} must catch.
 */
class GpuFallbackTest {
  private static final int SIZE = 64;

  private static void assumeEngineWithoutGpu() {
    assumeTrue(
        Engine.getEngine("PyTorch").getGpuCount() == 0, "a real GPU would not fail: not faked");
  }

  @Test
  void aPredictorWhoseGpuFailsRunsOnTheCpuAndSaysWhy() throws Exception {
    assumeEngineWithoutGpu();
    float[] input = new float[ExampleBuilder.CHANNELS * 224 * 224];
    Arrays.fill(input, 0.25f);
    float[] expected;
    try (FgplgPredictor cpu = FgplgPredictor.load(BundledModel.folder(), ComputeDevice.CPU)) {
      assertEquals("cpu (as asked)", cpu.device().toString());
      expected = cpu.correction(input);
    }
    try (Devices.Restore fake = Devices.countGpusWith(() -> 1);
        FgplgPredictor predictor = FgplgPredictor.load(BundledModel.folder(), ComputeDevice.AUTO)) {
      DeviceChoice device = predictor.device();
      assertEquals(ComputeDevice.CPU, device.used());
      assertTrue(device.fellBack());
      assertTrue(
          device.toString().startsWith("cpu: the GPU could not run the network ("),
          device.toString());
      assertFalse(device.gpuFailure().contains("\n"), "one line of the engine's message");
      assertArrayEquals(expected, predictor.correction(input), 1e-6f);
    }
  }

  @Test
  void aTrainerWhoseGpuFailsTrainsOnTheCpu() {
    assumeEngineWithoutGpu();
    try (Devices.Restore fake = Devices.countGpusWith(() -> 1);
        FgplgTrainer trainer =
            FgplgTrainer.builder()
                .setNetwork(CompactNetworks.fgplg(BatchNormMode.BATCH))
                .setInputSize(SIZE, SIZE)
                .optDevice(ComputeDevice.GPU)
                .optSeed(3)
                .build()) {
      assertEquals(ComputeDevice.GPU, trainer.device().requested());
      assertEquals(ComputeDevice.CPU, trainer.device().used());
      assertTrue(trainer.device().fellBack());
      float loss = trainer.step(new SyntheticExamples(1, SIZE).next());
      assertTrue(Float.isFinite(loss) && loss > 0, "trained a step: loss " + loss);
      assertEquals(1, trainer.steps());
    }
  }

  @Test
  void onlyTheEngineErrorOfAGpuAttemptIsRetriedAndOnlyOnce() {
    List<ComputeDevice> attempts = new ArrayList<>();
    try (Devices.Restore fake = Devices.countGpusWith(() -> 1)) {
      EngineException twice =
          assertThrows(
              EngineException.class,
              () ->
                  GpuFallback.open(
                      ComputeDevice.AUTO,
                      choice -> {
                        attempts.add(choice.used());
                        throw new EngineException("CUDA out of memory.\n  frame #0: c10::Error");
                      }));
      assertEquals(List.of(ComputeDevice.GPU, ComputeDevice.CPU), attempts, twice.getMessage());
      attempts.clear();
      assertThrows(
          IOException.class,
          () ->
              GpuFallback.open(
                  ComputeDevice.GPU,
                  choice -> {
                    attempts.add(choice.used());
                    throw new IOException("not a checkpoint: " + Path.of("x"));
                  }));
      assertEquals(List.of(ComputeDevice.GPU), attempts, "a bad checkpoint is not retried");
      DeviceChoice choice =
          assertDoesNotThrow(
              () ->
                  GpuFallback.open(
                      ComputeDevice.AUTO,
                      c -> {
                        if (c.used() == ComputeDevice.GPU) {
                          throw new EngineException("CUDA out of memory.\n  frame #0: c10::Error");
                        }
                        return c;
                      }));
      assertEquals("CUDA out of memory.", choice.gpuFailure());
      assertEquals(
          "cpu: the GPU could not run the network (CUDA out of memory.), so it runs on the CPU",
          choice.toString());
    }
  }

  @Test
  void withoutAGpuTheCpuIsUsedWithoutAnAttempt() throws Exception {
    try (Devices.Restore none = Devices.countGpusWith(() -> 0)) {
      DeviceChoice choice = GpuFallback.open(ComputeDevice.AUTO, c -> c);
      assertEquals(DeviceChoice.of(ComputeDevice.AUTO, ComputeDevice.CPU), choice);
      assertEquals("cpu (no CUDA GPU found)", choice.toString());
    }
  }
}
