package org.inbetween.app.exchange;

import java.io.IOException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.stream.Stream;
import org.inbetween.app.files.Folders;

/**
 * A hidden folder beside a target in which a project or a dataset is built, moved into place only
 * once complete.
 *
 * <p>This is how an import that fails or is cancelled leaves nothing behind: {@link #close()}
 * deletes the staging folder unless {@link #moveTo()} already renamed it to the target. The rename
 * is atomic because both lie in the same parent folder.
 */
public final class StagingFolder implements AutoCloseable {
  private final Path target;
  private final Path staging;
  private boolean moved;

  private StagingFolder(Path target, Path staging) {
    this.target = target;
    this.staging = staging;
  }

  /**
   * Creates the staging folder next to {@code target}.
   *
   * @throws IOException if {@code target} exists and is not an empty folder
   */
  public static StagingFolder beside(Path target) throws IOException {
    Path absolute = target.toAbsolutePath().normalize();
    checkTargetFree(absolute);
    Path parent = Files.createDirectories(absolute.getParent());
    Path staging = Files.createTempDirectory(parent, "." + absolute.getFileName() + ".importing-");
    return new StagingFolder(absolute, staging);
  }

  public Path path() {
    return staging;
  }

  /** Renames the finished folder to the target. */
  public void moveTo() throws IOException {
    checkTargetFree(target);
    Files.deleteIfExists(target);
    Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
    moved = true;
  }

  @Override
  public void close() throws IOException {
    if (!moved) {
      Folders.deleteRecursively(staging);
    }
  }

  private static void checkTargetFree(Path target) throws IOException {
    if (Files.isDirectory(target)) {
      try (Stream<Path> entries = Files.list(target)) {
        if (entries.findAny().isPresent()) {
          throw new DirectoryNotEmptyException(
              target + ": the folder is not empty; choose a new folder");
        }
      }
    } else if (Files.exists(target)) {
      throw new FileAlreadyExistsException(target + ": exists and is not a folder");
    }
  }
}
