package org.inbetween.models.train;

import ai.djl.engine.EngineException;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Block;
import ai.djl.training.ParameterStore;
import java.io.IOException;

/**
 * Opens a network on the device asked for and, when the GPU fails while it is opened (CUDA cannot
 * start, or runs out of memory loading the weights or in the first forward pass), opens it once
 * more on the CPU; the returned object's {@link DeviceChoice} says so.
 *
 * <pre>{@code
 * FgplgPredictor predictor =
 *     GpuFallback.open(ComputeDevice.AUTO, choice -> new FgplgPredictor(folder, choice));
 * }</pre>
 *
 * <p>Only the engine's errors ({@link EngineException}) cause the retry: a missing or malformed
 * checkpoint fails the same way on either device and is reported at once.
 */
public final class GpuFallback {
  private GpuFallback() {}

  /** Makes the network's owner on the device of {@code choice}. */
  @FunctionalInterface
  public interface Opener<T> {
    T open(DeviceChoice choice) throws IOException;
  }

  /**
   * {@code opener} on the resolved device; on the CPU again when the GPU attempt throws an engine
   * error. The opener must release what it allocated before it throws.
   *
   * @throws IllegalArgumentException when a GPU is asked for and none is found ({@link
   *     Devices#resolve})
   */
  public static <T> T open(ComputeDevice requested, Opener<T> opener) throws IOException {
    ComputeDevice resolved = Devices.resolve(requested);
    if (resolved == ComputeDevice.CPU) {
      return opener.open(DeviceChoice.of(requested, ComputeDevice.CPU));
    }
    try {
      return opener.open(DeviceChoice.of(requested, ComputeDevice.GPU));
    } catch (EngineException e) {
      return opener.open(DeviceChoice.fellBack(requested, firstLine(e.getMessage())));
    }
  }

  /**
   * One inference pass on zeros of the network's input size, on a GPU only: CUDA starts lazily, so
   * this is where a broken driver or too little memory shows, while the CPU retry is still cheap.
   */
  public static void firstForward(
      DeviceChoice choice, Block net, int channels, NDManager manager, int height, int width) {
    if (choice.used() != ComputeDevice.GPU) {
      return;
    }
    try (NDManager pass = manager.newSubManager()) {
      Shape shape = new Shape(1, channels, height, width);
      NDList input = new NDList(pass.zeros(shape));
      net.forward(new ParameterStore(pass, false), input, false).head().sum().getFloat();
    }
  }

  /** The engine's message without the C++ stack trace PyTorch puts after its first line. */
  public static String firstLine(String message) {
    if (message == null) {
      return "";
    }
    String line = message.strip().lines().findFirst().orElse("");
    return line.length() > 300 ? line.substring(0, 300) + "..." : line;
  }
}
