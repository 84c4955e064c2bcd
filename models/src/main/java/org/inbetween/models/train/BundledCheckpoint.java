package org.inbetween.models.train;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * A checkpoint shipped inside the models jar as resources ({@link Checkpoints#INFO} and {@link
 * Checkpoints#PARAMETERS} under one resource folder), which a build may leave out.
 *
 * <p>DJL and the checkpoint readers take a folder, so the two files are copied out of the jar once
 * per process into a temporary folder that is removed when the JVM exits.
 */
public final class BundledCheckpoint {
  private static final String[] FILES = {Checkpoints.INFO, Checkpoints.PARAMETERS};

  private final String resources;
  private final String tempPrefix;
  private final String whenMissing;
  private Path extracted;

  /**
   * @param resources the resource folder, absolute, ending in '/'
   * @param tempPrefix the temporary folder's name prefix
   * @param whenMissing what the user can do instead, appended to the error when the files are
   *     absent
   */
  public BundledCheckpoint(String resources, String tempPrefix, String whenMissing) {
    this.resources = resources;
    this.tempPrefix = tempPrefix;
    this.whenMissing = whenMissing;
  }

  /** Whether this build carries the checkpoint. */
  public boolean isPresent() {
    for (String file : FILES) {
      if (BundledCheckpoint.class.getResource(resources + file) == null) {
        return false;
      }
    }
    return true;
  }

  /**
   * The folder holding the checkpoint.
   *
   * @throws IOException when this build carries no such checkpoint, or it cannot be copied out
   */
  public synchronized Path folder() throws IOException {
    if (extracted == null) {
      Path folder = Files.createTempDirectory(tempPrefix);
      folder.toFile().deleteOnExit();
      for (String file : FILES) {
        copy(file, folder.resolve(file));
      }
      extracted = folder;
    }
    return extracted;
  }

  /**
   * Deletes the copy {@link #folder()} made, if any: for a process that ends without running the
   * JVM's exit hooks, where {@code deleteOnExit} never runs.
   */
  public synchronized void deleteCopy() throws IOException {
    if (extracted == null) {
      return;
    }
    for (String file : FILES) {
      Files.deleteIfExists(extracted.resolve(file));
    }
    Files.deleteIfExists(extracted);
    extracted = null;
  }

  private void copy(String file, Path target) throws IOException {
    try (InputStream in = BundledCheckpoint.class.getResourceAsStream(resources + file)) {
      if (in == null) {
        throw new IOException(
            "this build has no bundled checkpoint ("
                + resources
                + file
                + " is missing); "
                + whenMissing);
      }
      Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
    }
    target.toFile().deleteOnExit();
  }
}
