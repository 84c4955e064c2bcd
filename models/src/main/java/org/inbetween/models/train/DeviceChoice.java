package org.inbetween.models.train;

import java.util.Objects;

/**
 * Where a network runs and why: the device asked for, the one used, and, when the GPU failed and
 * the work moved to the CPU, the engine's reason. Jobs print it when they start ({@link
 * #toString()}), so a user never has to guess whether the GPU was used.
 *
 * @param requested what the user asked for (cpu, gpu or auto)
 * @param used CPU or GPU, never AUTO
 * @param gpuFailure the engine's error when the GPU could not run the network; empty otherwise
 */
public record DeviceChoice(ComputeDevice requested, ComputeDevice used, String gpuFailure) {
  public DeviceChoice {
    Objects.requireNonNull(requested, "requested");
    Objects.requireNonNull(gpuFailure, "gpuFailure");
    if (used == null || used == ComputeDevice.AUTO) {
      throw new IllegalArgumentException("a used device is CPU or GPU, was " + used);
    }
  }

  /** Runs on {@code used} as chosen, without a failure. */
  public static DeviceChoice of(ComputeDevice requested, ComputeDevice used) {
    return new DeviceChoice(requested, used, "");
  }

  /** The GPU failed with {@code reason}; the CPU runs the network instead. */
  public static DeviceChoice fellBack(ComputeDevice requested, String reason) {
    return new DeviceChoice(requested, ComputeDevice.CPU, reason.isBlank() ? "no message" : reason);
  }

  /** True when the GPU was tried and failed. */
  public boolean fellBack() {
    return !gpuFailure.isEmpty();
  }

  /** One line for the log: "gpu (CUDA)", "cpu (no CUDA GPU found)", or the fallback and why. */
  @Override
  public String toString() {
    if (fellBack()) {
      return "cpu: the GPU could not run the network (" + gpuFailure + "), so it runs on the CPU";
    }
    if (used == ComputeDevice.GPU) {
      return "gpu (CUDA)";
    }
    return requested == ComputeDevice.CPU ? "cpu (as asked)" : "cpu (no CUDA GPU found)";
  }
}
