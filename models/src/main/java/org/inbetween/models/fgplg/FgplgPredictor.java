package org.inbetween.models.fgplg;

import ai.djl.Model;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.ParameterStore;
import java.io.IOException;
import java.nio.file.Path;
import org.inbetween.models.rcrnet.RcrNet;
import org.inbetween.models.train.Checkpoints;
import org.inbetween.models.train.ComputeDevice;
import org.inbetween.models.train.DeviceChoice;
import org.inbetween.models.train.Devices;
import org.inbetween.models.train.GpuFallback;

/**
 * A trained FGPLG network loaded from a checkpoint folder for inference only (no optimiser), with
 * what provenance needs: the checkpoint's description and a checksum of its weights.
 */
public final class FgplgPredictor implements AutoCloseable {
  private final Model model;
  private final RcrNet net;
  private final CheckpointInfo info;
  private final String sha256;
  private final DeviceChoice device;

  private FgplgPredictor(Path folder, DeviceChoice device) throws IOException {
    this.device = device;
    info = CheckpointInfo.read(folder);
    sha256 = Checkpoints.parametersSha256(folder);
    net = RcrNet.builder().fromConfig(info.network()).build();
    model = Model.newInstance("fgplg", Devices.djl(device.used()), "PyTorch");
    try {
      net.initialize(model.getNDManager(), info.inputHeight(), info.inputWidth());
      Checkpoints.loadParameters(folder, net, model.getNDManager());
      model.setBlock(net);
      GpuFallback.firstForward(
          device,
          net,
          info.network().inputChannels(),
          model.getNDManager(),
          info.inputHeight(),
          info.inputWidth());
    } catch (IOException | RuntimeException e) {
      model.close();
      throw e;
    }
  }

  /**
   * Loads the checkpoint in {@code folder} on {@code device}, or on the CPU when the GPU fails
   * ({@link GpuFallback}; {@link #device()} says which).
   *
   * @throws IOException naming the folder when it is not a checkpoint or its weights do not fit
   */
  public static FgplgPredictor load(Path folder, ComputeDevice device) throws IOException {
    return GpuFallback.open(device, choice -> new FgplgPredictor(folder, choice));
  }

  /** Where the network runs, and why. */
  public DeviceChoice device() {
    return device;
  }

  /**
   * The network's output logits, (H,W) row-major at the checkpoint's input size, for CHW {@code
   * input}: the correction to add to the prior's logits ({@link ExampleBuilder#prior}).
   */
  public float[] correction(float[] input) {
    int channels = info.network().inputChannels();
    int h = info.inputHeight();
    int w = info.inputWidth();
    if (input.length != channels * h * w) {
      throw new IllegalArgumentException(
          "input has "
              + input.length
              + " values, the network takes "
              + channels
              + "x"
              + h
              + "x"
              + w);
    }
    try (NDManager manager = model.getNDManager().newSubManager()) {
      NDArray array = manager.create(input, new Shape(1, channels, h, w));
      ParameterStore store = new ParameterStore(manager, false);
      NDArray logits = net.forward(store, new NDList(array), false).head();
      return logits.toFloatArray();
    }
  }

  /** The checkpoint's description (network, input size, steps, training data). */
  public CheckpointInfo info() {
    return info;
  }

  /** SHA-256 of the parameter file, hex: identifies exactly which weights made a mask. */
  public String parametersSha256() {
    return sha256;
  }

  @Override
  public void close() {
    model.close();
  }
}
