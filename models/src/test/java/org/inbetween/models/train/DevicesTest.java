package org.inbetween.models.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import ai.djl.engine.Engine;
import org.junit.jupiter.api.Test;

class DevicesTest {
  private static boolean noGpu() {
    return Engine.getEngine("PyTorch").getGpuCount() == 0;
  }

  @Test
  void askingForAGpuWhereThereIsNoneFailsClearly() {
    assumeTrue(noGpu(), "this machine has a GPU");
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Devices.resolve(ComputeDevice.GPU));
    assertTrue(e.getMessage().contains("no CUDA GPU"), e.getMessage());
  }

  @Test
  void autoFallsBackToTheCpuWithoutAGpu() {
    assumeTrue(noGpu(), "this machine has a GPU");
    assertEquals(ComputeDevice.CPU, Devices.resolve(ComputeDevice.AUTO));
    assertEquals(ComputeDevice.CPU, Devices.resolve(ComputeDevice.CPU));
  }

  @Test
  void namesParseCaseInsensitivelyAndUnknownOnesListTheChoices() {
    assertEquals(ComputeDevice.GPU, ComputeDevice.parse("GPU"));
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> ComputeDevice.parse("tpu"));
    assertTrue(e.getMessage().contains("cpu, gpu, auto"), e.getMessage());
  }
}
