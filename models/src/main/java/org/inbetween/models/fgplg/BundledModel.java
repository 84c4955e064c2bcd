package org.inbetween.models.fgplg;

import java.io.IOException;
import java.nio.file.Path;
import org.inbetween.models.train.BundledCheckpoint;

/**
 * The compact FGPLG checkpoint shipped inside the models jar (trained on the DAVIS train split; see
 * docs/models/fgplg-compact.md), the default model of {@code --method fgplg}. A {@link
 * BundledCheckpoint}: copied out of the jar once per process.
 */
public final class BundledModel {
  /** How provenance names the bundled weights (their SHA-256 is recorded beside it). */
  public static final String NAME = "bundled:fgplg-compact";

  private static final BundledCheckpoint CHECKPOINT =
      new BundledCheckpoint(
          "/org/inbetween/models/fgplg/compact/",
          "inbetween-fgplg-",
          "pass --model DIR, a checkpoint folder written by 'inbetween train fgplg'");

  private BundledModel() {}

  /** Whether this build carries the bundled weights (a build may leave them out). */
  public static boolean isPresent() {
    return CHECKPOINT.isPresent();
  }

  /**
   * The folder holding the bundled checkpoint.
   *
   * @throws IOException when this build carries no bundled weights, or they cannot be copied out
   */
  public static Path folder() throws IOException {
    return CHECKPOINT.folder();
  }

  /**
   * Deletes the copy {@link #folder()} made, if any. For a process that ends without running the
   * JVM's exit hooks (after the editor, see {@code ProcessExit}), where {@code deleteOnExit} never
   * runs.
   */
  public static void deleteCopy() throws IOException {
    CHECKPOINT.deleteCopy();
  }
}
