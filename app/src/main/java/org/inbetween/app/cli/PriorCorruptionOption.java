package org.inbetween.app.cli;

import org.inbetween.models.fgplg.PriorCorruption;
import picocli.CommandLine.Option;

/**
 * {@code --corrupt-priors P} of the commands that train FGPLG ({@code train fgplg}, {@code adapt}).
 */
final class PriorCorruptionOption {
  @Option(
      names = "--corrupt-priors",
      paramLabel = "P",
      description =
          "Damage each training example's warped masks and prior (shift, erode, dilate or drop a"
              + " part) with probability P, so the network learns to repair warps"
              + " (default: ${DEFAULT-VALUE}).")
  double probability = 0;

  /** The option as a {@link PriorCorruption}; a P outside [0, 1] is refused, naming the option. */
  PriorCorruption corruption() {
    if (!(probability >= 0 && probability <= 1)) {
      throw new IllegalArgumentException("--corrupt-priors must be in [0, 1], was " + probability);
    }
    return new PriorCorruption(probability);
  }
}
