package org.inbetween.app.exchange.export;

import java.io.IOException;
import java.nio.file.Path;
import org.inbetween.app.project.store.ProjectStore;

/**
 * How an export reaches a project: the command line opens it from disk; the editor hands over the
 * store it already holds, since a project is locked to one open store at a time.
 */
@FunctionalInterface
public interface ProjectOpener {
  /**
   * Opens every project from disk for reading only (an export writes nothing into a project, so a
   * read-only project folder exports) and closes it afterwards.
   */
  ProjectOpener FROM_DISK = dir -> new Opened(ProjectStore.openReadOnly(dir), true);

  Opened open(Path projectDir) throws IOException;

  /** {@code open} for its own folder (left open afterwards), any other project from disk. */
  static ProjectOpener sharing(ProjectStore open) {
    Path shared = open.directory().toAbsolutePath().normalize();
    return dir ->
        dir.toAbsolutePath().normalize().equals(shared)
            ? new Opened(open, false)
            : FROM_DISK.open(dir);
  }

  /** A store for the export's use; closed afterwards only if the export opened it. */
  record Opened(ProjectStore store, boolean owned) implements AutoCloseable {
    @Override
    public void close() throws IOException {
      if (owned) {
        store.close();
      }
    }
  }
}
