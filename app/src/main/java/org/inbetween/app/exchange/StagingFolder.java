package org.inbetween.app.exchange;

import java.io.IOException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.inbetween.app.files.Folders;

/**
 * A hidden folder beside a target in which a project or a dataset is built, moved into place only
 * once complete.
 *
 * <p>This is how an import or export that fails or is cancelled leaves nothing behind: {@link
 * #close()} deletes the staging folder unless {@link #moveTo()} already renamed it to the target,
 * and removes the parent folders {@link #beside} had to create. The rename is atomic because both
 * lie in the same parent folder; every file and folder is forced to the device before it, and the
 * parent after it, so the result survives a power cut once announced.
 *
 * <p>The staging folder's name carries the process id ({@code .NAME.importing-PID-RANDOM}): a
 * process killed mid-way cannot clean up, so the next staging folder made in the same parent
 * deletes those of processes that are no longer running.
 */
public final class StagingFolder implements AutoCloseable {
  private static final String MARK = ".importing-";
  private static final long PID = ProcessHandle.current().pid();

  private final Path target;
  private final Path staging;
  private final List<Path> createdParents;
  private boolean moved;

  private StagingFolder(Path target, Path staging, List<Path> createdParents) {
    this.target = target;
    this.staging = staging;
    this.createdParents = createdParents;
  }

  /**
   * Creates the staging folder next to {@code target}.
   *
   * @throws IOException if {@code target} exists and is not an empty folder
   */
  public static StagingFolder beside(Path target) throws IOException {
    Path absolute = target.toAbsolutePath().normalize();
    checkTargetFree(absolute);
    List<Path> created = new ArrayList<>();
    for (Path p = absolute.getParent(); p != null && !Files.exists(p); p = p.getParent()) {
      created.add(p);
    }
    Path parent = Files.createDirectories(absolute.getParent());
    deleteStale(parent);
    Path staging;
    try {
      staging = Files.createTempDirectory(parent, "." + absolute.getFileName() + MARK + PID + "-");
    } catch (IOException | RuntimeException e) {
      removeEmpty(created);
      throw e;
    }
    return new StagingFolder(absolute, staging, created);
  }

  public Path path() {
    return staging;
  }

  /** Forces the finished folder to the device and renames it to the target. */
  public void moveTo() throws IOException {
    checkTargetFree(target);
    Fsync.tree(staging);
    Files.deleteIfExists(target);
    Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
    moved = true;
    Fsync.directory(target.getParent());
    for (Path created : createdParents) {
      Fsync.directory(created.getParent());
    }
  }

  @Override
  public void close() throws IOException {
    if (!moved) {
      Folders.deleteRecursively(staging);
      removeEmpty(createdParents);
    }
  }

  /** Deletes the folders this run created, innermost first, as long as they are empty. */
  private static void removeEmpty(List<Path> created) throws IOException {
    for (Path dir : created) {
      try (Stream<Path> entries = Files.list(dir)) {
        if (entries.findAny().isPresent()) {
          return;
        }
      }
      Files.deleteIfExists(dir);
    }
  }

  /** Staging folders in {@code parent} left by processes that were killed. */
  static void deleteStale(Path parent) throws IOException {
    List<Path> stale;
    try (Stream<Path> entries = Files.list(parent)) {
      stale =
          entries.filter(p -> Files.isDirectory(p) && isStale(p.getFileName().toString())).toList();
    }
    for (Path dir : stale) {
      Folders.deleteRecursively(dir);
    }
  }

  /** True for a staging folder whose process is gone (older names carry no id: stale too). */
  static boolean isStale(String name) {
    int mark = name.indexOf(MARK);
    if (!name.startsWith(".") || mark < 0) {
      return false;
    }
    String rest = name.substring(mark + MARK.length());
    int dash = rest.indexOf('-');
    if (dash < 0) {
      return true;
    }
    try {
      long pid = Long.parseLong(rest.substring(0, dash));
      return ProcessHandle.of(pid).map(p -> !p.isAlive()).orElse(true);
    } catch (NumberFormatException e) {
      return true;
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
