package org.inbetween.models.fgplg;

import java.io.IOException;
import java.nio.file.Path;
import org.inbetween.models.rcrnet.RcrNetConfig;
import org.inbetween.models.train.Checkpoints;

/**
 * The JSON sidecar of a checkpoint: enough to rebuild the network, continue training where it
 * stopped and tell later readers what the weights were trained on.
 *
 * @param formatVersion version of this sidecar's layout
 * @param network the network configuration (preset, channels, BN mode, dropout)
 * @param inputHeight height the network was initialised and trained at
 * @param inputWidth width the network was initialised and trained at
 * @param steps optimiser steps taken so far
 * @param learningRate Adam learning rate used
 * @param data free-text description of the training data (dataset, split, label interval)
 */
public record CheckpointInfo(
    int formatVersion,
    RcrNetConfig network,
    int inputHeight,
    int inputWidth,
    long steps,
    float learningRate,
    String data) {

  /**
   * The layout version written by this code. Version 2: the network's output is a correction added
   * to the {@code warp} prior in an object window; version 1 networks predicted the whole frame's
   * mask and are not read.
   */
  public static final int FORMAT_VERSION = 2;

  /**
   * Reads the description of the FGPLG checkpoint in {@code folder} ({@link Checkpoints#INFO}),
   * refusing one of another layout version or without a network.
   */
  public static CheckpointInfo read(Path folder) throws IOException {
    CheckpointInfo info = Checkpoints.readInfo(folder, CheckpointInfo.class);
    if (info.formatVersion() != FORMAT_VERSION || info.network() == null) {
      throw new IOException(
          folder.resolve(Checkpoints.INFO)
              + " has format version "
              + info.formatVersion()
              + " or no network; expected "
              + FORMAT_VERSION
              + " (retrain older checkpoints with 'inbetween train fgplg')");
    }
    return info;
  }
}
