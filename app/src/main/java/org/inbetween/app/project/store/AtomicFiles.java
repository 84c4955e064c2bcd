package org.inbetween.app.project.store;

import static java.nio.file.StandardCopyOption.ATOMIC_MOVE;
import static java.nio.file.StandardOpenOption.READ;

import java.io.FileOutputStream;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * Writes that a crash cannot tear: the bytes go to a temporary file in the target's folder, are
 * forced to the device, and the temporary file is renamed over the target in one atomic step; the
 * folder itself is then forced so that the rename survives a power cut. A reader (or a crash) sees
 * the old file or the new one, never a mixture.
 *
 * <p>File contents go through stream I/O rather than a {@code FileChannel}: an interrupted thread
 * (a cancelled task) would close a channel under our feet.
 */
final class AtomicFiles {
  /**
   * Temporary files start with this, then the writing process's id and a dash; leftovers of a
   * process that is gone are deleted on open.
   */
  static final String TEMP_PREFIX = ".inbetween-tmp-";

  private static final long PID = ProcessHandle.current().pid();

  private AtomicFiles() {}

  /** Replaces {@code target} atomically and forces its folder. */
  static void write(Path target, byte[] bytes) throws IOException {
    replace(target, bytes);
    syncDirectory(target.toAbsolutePath().getParent());
  }

  /**
   * Replaces {@code target} atomically without forcing its folder; for batches, where the caller
   * forces each folder once with {@link #syncDirectory} before relying on the renames.
   */
  static void replace(Path target, byte[] bytes) throws IOException {
    Path dir = target.toAbsolutePath().getParent();
    ensureDirectory(dir);
    Path temp =
        dir.resolve(TEMP_PREFIX + PID + "-" + target.getFileName() + "-" + UUID.randomUUID());
    try {
      try (FileOutputStream out = new FileOutputStream(Files.createFile(temp).toFile())) {
        out.write(bytes);
        out.getFD().sync();
      }
      Files.move(temp, target, ATOMIC_MOVE);
    } catch (IOException | RuntimeException e) {
      Files.deleteIfExists(temp);
      throw e;
    }
  }

  /** Creates {@code dir} (and missing parents) so that the new entries survive a crash. */
  static void ensureDirectory(Path dir) throws IOException {
    if (Files.isDirectory(dir)) {
      return;
    }
    Path parent = dir.toAbsolutePath().getParent();
    ensureDirectory(parent);
    Files.createDirectories(dir);
    syncDirectory(parent);
  }

  /**
   * Forces a folder's entries (new names, renames) to the device. Some platforms cannot open a
   * folder for this (Windows); there the rename is as durable as the file system makes it.
   */
  static void syncDirectory(Path dir) {
    try (FileChannel channel = FileChannel.open(dir, READ)) {
      channel.force(true);
    } catch (IOException e) {
      // Not supported here: nothing more can be done portably.
    }
  }

  /**
   * Deletes temporary files a crash left behind under {@code root}: those of processes that are no
   * longer running. A live process's file is never touched, even if that process should not be
   * writing here (its lock file deleted by hand): deleting it would fail its checkpoint.
   */
  static void deleteStaleTemps(Path root) throws IOException {
    List<Path> stale;
    try (Stream<Path> files = Files.walk(root, 6)) {
      stale = files.filter(p -> isStaleTemp(p.getFileName().toString())).toList();
    }
    for (Path file : stale) {
      Files.deleteIfExists(file);
    }
  }

  /** A temporary file whose writer is gone (files of older versions carry no id: stale too). */
  static boolean isStaleTemp(String name) {
    if (!name.startsWith(TEMP_PREFIX)) {
      return false;
    }
    String rest = name.substring(TEMP_PREFIX.length());
    int dash = rest.indexOf('-');
    try {
      long pid = Long.parseLong(rest.substring(0, Math.max(dash, 0)));
      return ProcessHandle.of(pid).map(p -> !p.isAlive()).orElse(true);
    } catch (NumberFormatException e) {
      return true;
    }
  }
}
