package org.inbetween.models.fgplg;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.inbetween.models.train.Checkpoints;

/**
 * The compact FGPLG checkpoint shipped inside the models jar (trained on the DAVIS train split; see
 * docs/models/fgplg-compact.md), the default model of {@code --method fgplg}.
 *
 * <p>DJL and the checkpoint reader take a folder, so the two files are copied out of the jar once
 * per process into a temporary folder that is removed when the JVM exits.
 */
public final class BundledModel {
  /** How provenance names the bundled weights (their SHA-256 is recorded beside it). */
  public static final String NAME = "bundled:fgplg-compact";

  private static final String RESOURCES = "/org/inbetween/models/fgplg/compact/";

  private static Path extracted;

  private BundledModel() {}

  /** Whether this build carries the bundled weights (a build may leave them out). */
  public static boolean isPresent() {
    return BundledModel.class.getResource(RESOURCES + Checkpoints.PARAMETERS) != null
        && BundledModel.class.getResource(RESOURCES + Checkpoints.INFO) != null;
  }

  /**
   * The folder holding the bundled checkpoint.
   *
   * @throws IOException when this build carries no bundled weights, or they cannot be copied out
   */
  public static synchronized Path folder() throws IOException {
    if (extracted == null) {
      Path folder = Files.createTempDirectory("inbetween-fgplg-");
      folder.toFile().deleteOnExit();
      for (String file : new String[] {Checkpoints.INFO, Checkpoints.PARAMETERS}) {
        copy(file, folder.resolve(file));
      }
      extracted = folder;
    }
    return extracted;
  }

  /**
   * Deletes the copy {@link #folder()} made, if any. For a process that ends without running the
   * JVM's exit hooks (after the editor, see {@code ProcessExit}), where {@code deleteOnExit} never
   * runs.
   */
  public static synchronized void deleteCopy() throws IOException {
    if (extracted == null) {
      return;
    }
    for (String file : new String[] {Checkpoints.INFO, Checkpoints.PARAMETERS}) {
      Files.deleteIfExists(extracted.resolve(file));
    }
    Files.deleteIfExists(extracted);
    extracted = null;
  }

  private static void copy(String file, Path target) throws IOException {
    try (InputStream in = BundledModel.class.getResourceAsStream(RESOURCES + file)) {
      if (in == null) {
        throw new IOException(
            "this build has no bundled fgplg model ("
                + RESOURCES
                + file
                + " is missing); pass --model DIR, a checkpoint folder written by"
                + " 'inbetween train fgplg'");
      }
      Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
    }
    target.toFile().deleteOnExit();
  }
}
