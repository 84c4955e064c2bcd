package org.inbetween.app.project.store;

import static java.nio.file.StandardOpenOption.CREATE;
import static java.nio.file.StandardOpenOption.READ;
import static java.nio.file.StandardOpenOption.WRITE;

import java.io.Closeable;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.ReadOnlyFileSystemException;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Objects;

/**
 * Keeps a second program (or a second window) from writing the same project: two writers would
 * interleave their journals. The lock is an operating-system lock on {@code .inbetween.lock}, held
 * for the life of the open store; the system releases it when the process dies, so a crash never
 * leaves a project locked.
 *
 * <p>A writer holds it exclusively; a reader ({@link OpenMode#READ_ONLY}) takes it shared, so that
 * exports can run side by side but never while someone edits. A reader never creates the file, so a
 * read-only folder can still be read. Because a person can delete the file while it is locked
 * (after which a second program could lock a new one), a writer checks before every edit that the
 * file it locked is still the one at that path, and refuses to write if not.
 */
final class ProjectLock implements Closeable {
  static final String FILE_NAME = ".inbetween.lock";
  private final Path file;
  private final FileChannel channel;
  private final FileLock lock;
  private final Object fileKey;

  private ProjectLock(Path file, FileChannel channel, FileLock lock, Object fileKey) {
    this.file = file;
    this.channel = channel;
    this.lock = lock;
    this.fileKey = fileKey;
  }

  private static String reason(Exception e) {
    return e instanceof FileSystemException f && f.getReason() != null
        ? f.getReason()
        : "read-only file system";
  }

  /** The exclusive lock of a writer. */
  static ProjectLock acquire(Path dir) throws IOException {
    Path file = dir.resolve(FILE_NAME);
    FileChannel channel;
    try {
      channel = FileChannel.open(file, CREATE, WRITE);
    } catch (ReadOnlyFileSystemException | FileSystemException e) {
      if (e instanceof NoSuchFileException) {
        throw (NoSuchFileException) e;
      }
      throw new IOException(
          dir
              + ": the project folder is read-only (or not writable by you: "
              + reason(e)
              + "), so it cannot be edited; reading commands such as info and export still work",
          e);
    }
    return lockOrRefuse(dir, file, channel, false);
  }

  /**
   * The shared lock of a reader, or null when the folder has no lock file (a copy without hidden
   * files, or a read-only folder no one could write to anyway).
   */
  static ProjectLock acquireShared(Path dir) throws IOException {
    Path file = dir.resolve(FILE_NAME);
    FileChannel channel;
    try {
      channel = FileChannel.open(file, READ);
    } catch (NoSuchFileException e) {
      return null;
    }
    return lockOrRefuse(dir, file, channel, true);
  }

  private static ProjectLock lockOrRefuse(Path dir, Path file, FileChannel channel, boolean shared)
      throws IOException {
    FileLock lock;
    try {
      lock = channel.tryLock(0, Long.MAX_VALUE, shared);
    } catch (OverlappingFileLockException e) {
      lock = null;
    } catch (IOException | RuntimeException e) {
      channel.close();
      throw e;
    }
    if (lock == null) {
      channel.close();
      throw new IOException(
          dir
              + (shared
                  ? ": the project is open for editing in another window or program; close it"
                      + " there first"
                  : ": the project is already open in another window or program"));
    }
    return new ProjectLock(file, channel, lock, keyOf(file));
  }

  /**
   * Throws unless the locked file is still the one at its path: if it was deleted or replaced,
   * another program may have opened the project, and writing now could lose edits.
   */
  void verify() throws IOException {
    Object now;
    try {
      now = keyOf(file);
    } catch (NoSuchFileException e) {
      now = null;
    }
    if (now == null || !Objects.equals(now, fileKey)) {
      throw new IOException(
          file
              + " was deleted or replaced while the project was open, so another program may be"
              + " editing it too; this edit was not made. Every edit made before is saved;"
              + " close the project and open it again");
    }
  }

  private static Object keyOf(Path file) throws IOException {
    Object key = Files.readAttributes(file, BasicFileAttributes.class).fileKey();
    return key == null ? file.toRealPath() : key;
  }

  @Override
  public void close() throws IOException {
    try {
      lock.release();
    } finally {
      channel.close();
    }
  }
}
