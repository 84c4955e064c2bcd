package org.inbetween.app.cli;

import picocli.CommandLine.ArgGroup;

/**
 * What a {@code train} command learns from: a DAVIS-layout folder ({@code --davis}, every mask read
 * as truth unless the command thins it out) or exports with manifests ({@code --dataset}, each mask
 * as its manifest source allows). Exactly one of the two is set.
 */
final class TrainingDataOptions {
  @ArgGroup(exclusive = false)
  DavisSequenceOptions davis;

  @ArgGroup(exclusive = false)
  ExportDatasetOptions exports;
}
