package org.inbetween.app.exchange;

import static java.nio.file.StandardOpenOption.READ;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Forces what an export or import wrote to the device before it is announced as done: every file,
 * then every folder (new names live in the folder's own data), so that a power cut right after
 * "Exported" cannot lose the dataset. The project store does the same for its own files.
 */
final class Fsync {
  private Fsync() {}

  /** Forces every file under {@code root}, then every folder, deepest first, root last. */
  static void tree(Path root) throws IOException {
    List<Path> paths;
    try (Stream<Path> walk = Files.walk(root)) {
      paths = walk.toList();
    }
    for (Path path : paths) {
      if (Files.isRegularFile(path)) {
        force(path);
      }
    }
    for (int i = paths.size() - 1; i >= 0; i--) {
      if (Files.isDirectory(paths.get(i))) {
        directory(paths.get(i));
      }
    }
  }

  /**
   * Forces a folder's entries. Some platforms cannot open a folder (Windows); there a rename is as
   * durable as the file system makes it.
   */
  static void directory(Path dir) {
    try {
      force(dir);
    } catch (IOException e) {
      // Not supported here: nothing more can be done portably.
    }
  }

  private static void force(Path path) throws IOException {
    try (FileChannel channel = FileChannel.open(path, READ)) {
      channel.force(true);
    }
  }
}
