package org.inbetween.models.ner;

import java.io.IOException;
import java.nio.file.Path;
import org.inbetween.models.train.Checkpoints;

/**
 * The JSON sidecar of an RCRNet+NER checkpoint: enough to rebuild the network, continue training
 * where it stopped and tell later readers what the weights were trained on.
 *
 * @param formatVersion version of this sidecar's layout
 * @param preset the {@link NerPreset} id
 * @param frameByFrame true for the static RCRNet (no NER module), the paper's ablation row
 * @param inputSize side of the square frames the network was trained at
 * @param clipLength frames per training clip (4 with NER, 1 for the static network)
 * @param steps optimiser steps taken so far
 * @param learningRate Adam learning rate used
 * @param data free-text description of the training data (dataset, split, labels, fill)
 */
public record NerCheckpoint(
    int formatVersion,
    String preset,
    boolean frameByFrame,
    int inputSize,
    int clipLength,
    long steps,
    float learningRate,
    String data) {

  /** The layout version written by this code. */
  public static final int FORMAT_VERSION = 1;

  /**
   * Reads the description of the RCRNet+NER checkpoint in {@code folder}, refusing a folder that is
   * not one (naming it), another layout version or an unknown preset.
   */
  public static NerCheckpoint read(Path folder) throws IOException {
    NerCheckpoint info;
    try {
      info = Checkpoints.readInfo(folder, NerCheckpoint.class);
    } catch (IOException e) {
      throw new IOException(
          folder
              + " is not an RCRNet+NER checkpoint folder (write one with 'inbetween train"
              + " ner'): "
              + e.getMessage(),
          e);
    }
    if (info.formatVersion() != FORMAT_VERSION || info.preset() == null) {
      throw new IOException(
          folder.resolve(Checkpoints.INFO)
              + " is not an RCRNet+NER checkpoint of format version "
              + FORMAT_VERSION
              + " (format "
              + info.formatVersion()
              + ", preset "
              + info.preset()
              + ")");
    }
    try {
      info.network();
    } catch (IllegalArgumentException e) {
      throw new IOException(folder.resolve(Checkpoints.INFO) + ": " + e.getMessage(), e);
    }
    return info;
  }

  /** The preset named in this checkpoint. */
  public NerPreset network() {
    return NerPreset.byName(preset);
  }
}
