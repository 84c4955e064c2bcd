package org.inbetween.app.cli;

import java.nio.file.Path;
import org.inbetween.models.train.ComputeDevice;
import org.inbetween.models.train.Devices;
import picocli.CommandLine.Option;

/**
 * Where a training writes its checkpoints, which one it continues and on what device: the options
 * every {@code train} command that keeps a checkpoint folder shares, so they read alike.
 */
final class CheckpointFolderOptions {
  @Option(names = "--out", required = true, paramLabel = "DIR", description = "Checkpoint folder.")
  Path out;

  @Option(
      names = "--resume",
      paramLabel = "DIR",
      description =
          "Continue from this checkpoint: its network, learning rate and step count (--steps is"
              + " the total).")
  Path resume;

  @Option(
      names = "--device",
      paramLabel = "NAME",
      description = "cpu, gpu or auto: the GPU when there is one (default: ${DEFAULT-VALUE}).")
  String device = ComputeDevice.AUTO.toString();

  /** The device asked for, resolved against what this machine has. */
  ComputeDevice resolvedDevice() {
    return Devices.resolve(ComputeDevice.parse(device));
  }

  /** The line printed when Ctrl+C stopped a run after saving a checkpoint. */
  String cancelledLine(long steps) {
    return String.format(
        "Cancelled at step %d; checkpoint saved in %s (continue with --resume %s).%n",
        steps, out, out);
  }
}
