package org.inbetween.models.train;

import ai.djl.Device;
import ai.djl.engine.Engine;
import java.util.function.IntSupplier;

/** Resolves a {@link ComputeDevice} against what the PyTorch engine actually finds. */
public final class Devices {
  private static final IntSupplier ENGINE = () -> Engine.getEngine("PyTorch").getGpuCount();
  private static volatile IntSupplier gpuCount = ENGINE;

  private Devices() {}

  /**
   * Counts GPUs with {@code probe} instead of asking the engine, until the returned handle is
   * closed: the seam tests use to fake a GPU that then fails inside the engine ({@link
   * GpuFallback}).
   */
  public static Restore countGpusWith(IntSupplier probe) {
    gpuCount = probe;
    return () -> gpuCount = ENGINE;
  }

  /** Puts the engine's GPU count back. */
  public interface Restore extends AutoCloseable {
    @Override
    void close();
  }

  /**
   * CPU or GPU, never AUTO: AUTO picks the GPU when the engine reports one.
   *
   * @throws IllegalArgumentException when a GPU is asked for and the engine sees none
   */
  public static ComputeDevice resolve(ComputeDevice requested) {
    int gpus = gpuCount.getAsInt();
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
