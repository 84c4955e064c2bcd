package org.inbetween.models.train;

import ai.djl.Device;
import ai.djl.engine.Engine;

/** Resolves a {@link ComputeDevice} against what the PyTorch engine actually finds. */
public final class Devices {
  private Devices() {}

  /**
   * CPU or GPU, never AUTO: AUTO picks the GPU when the engine reports one.
   *
   * @throws IllegalArgumentException when a GPU is asked for and the engine sees none
   */
  public static ComputeDevice resolve(ComputeDevice requested) {
    int gpus = Engine.getEngine("PyTorch").getGpuCount();
    return switch (requested) {
      case CPU -> ComputeDevice.CPU;
      case AUTO -> gpus > 0 ? ComputeDevice.GPU : ComputeDevice.CPU;
      case GPU -> {
        if (gpus == 0) {
          throw new IllegalArgumentException(
              "--device gpu was asked for, but the PyTorch engine finds no CUDA GPU on this"
                  + " machine (build with the gpu profile on a CUDA machine, or use --device cpu)");
        }
        yield ComputeDevice.GPU;
      }
    };
  }

  /** The engine's device for a resolved choice, for every family's trainer and predictor. */
  public static Device djl(ComputeDevice device) {
    return resolve(device) == ComputeDevice.GPU ? Device.gpu() : Device.cpu();
  }
}
