package org.inbetween.app.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * Makes a folder tree really read-only for the duration of a test, also when the tests run as root
 * (whom permission bits do not stop): the write bits are cleared, and where a probe file can still
 * be created, every entry is also marked immutable with {@code chattr +i}, which stops root too.
 * When neither stops a write the test is aborted with that reason — reported, not silently passed.
 */
final class ReadOnlyFolder implements AutoCloseable {
  private final Path root;
  private boolean immutable;

  private ReadOnlyFolder(Path root) {
    this.root = root;
  }

  static ReadOnlyFolder of(Path root) throws IOException, InterruptedException {
    ReadOnlyFolder folder = new ReadOnlyFolder(root);
    folder.run("chmod", "-R", "a-w", root.toString());
    if (writable(root)) {
      folder.immutable = folder.run("chattr", "-R", "+i", root.toString());
    }
    if (writable(root)) {
      folder.close();
      Assumptions.abort(root + " stays writable here (root without chattr support)");
    }
    return folder;
  }

  private static boolean writable(Path dir) {
    try {
      Files.delete(Files.createTempFile(dir, "probe", ".tmp"));
      return true;
    } catch (IOException e) {
      return false;
    }
  }

  private boolean run(String... command) throws IOException, InterruptedException {
    Process p = new ProcessBuilder(List.of(command)).redirectErrorStream(true).start();
    p.getInputStream().readAllBytes();
    return p.waitFor(60, TimeUnit.SECONDS) && p.exitValue() == 0;
  }

  @Override
  public void close() throws IOException, InterruptedException {
    if (immutable) {
      run("chattr", "-R", "-i", root.toString());
    }
    run("chmod", "-R", "u+w", root.toString());
  }
}
