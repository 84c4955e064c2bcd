package org.inbetween.app.project.store;

import static java.nio.file.StandardCopyOption.REPLACE_EXISTING;

import java.io.IOException;
import java.lang.System.Logger.Level;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.inbetween.app.project.MachineLayer;
import org.inbetween.app.project.ProjectFormatException;

/**
 * Reads the last checkpoint: {@code project.json}, or, when that is missing or unreadable, the
 * previous good one in {@code project.json.bak}. The journal keeps every edit since the backup, so
 * falling back loses nothing. A damaged project.json is kept aside as {@code project.json.corrupt}
 * for inspection.
 */
final class SnapshotLoader {
  static final String CORRUPT_NAME = "project.json.corrupt";
  private static final System.Logger LOG = System.getLogger(SnapshotLoader.class.getName());

  /** The state as of the snapshot, the snapshot's bytes, and whether they came from the backup. */
  record Loaded(ProjectState state, byte[] bytes, boolean fromBackup) {}

  private SnapshotLoader() {}

  static Loaded load(Path dir) throws IOException {
    return load(dir, true);
  }

  /** As {@link #load(Path)}; {@code keepCorrupt} false writes nothing (reading a project only). */
  static Loaded load(Path dir, boolean keepCorrupt) throws IOException {
    Path main = dir.resolve(ProjectJson.FILE_NAME);
    Path backup = dir.resolve(ProjectJson.BACKUP_NAME);
    IOException mainProblem;
    try {
      return read(dir, main, false);
    } catch (NoSuchFileException e) {
      mainProblem = new ProjectFormatException(main, "missing: not an Inbetween project folder");
    } catch (ProjectFormatException e) {
      mainProblem = e;
    }
    if (!Files.exists(backup)) {
      throw mainProblem;
    }
    Loaded loaded;
    try {
      loaded = read(dir, backup, true);
    } catch (IOException e) {
      throw new ProjectFormatException(
          main, mainProblem.getMessage() + "; the backup is unusable too: " + e.getMessage(), e);
    }
    if (keepCorrupt && Files.exists(main)) {
      Files.copy(main, dir.resolve(CORRUPT_NAME), REPLACE_EXISTING);
    }
    LOG.log(
        Level.WARNING,
        "{0} could not be read ({1}); opened the backup {2} and replayed the journal",
        main,
        mainProblem.getMessage(),
        backup);
    return loaded;
  }

  private static Loaded read(Path dir, Path file, boolean fromBackup) throws IOException {
    byte[] bytes = Files.readAllBytes(file);
    ProjectJson.Snapshot snapshot = ProjectJson.decode(file, bytes);
    for (MachineLayer layer : snapshot.layers()) {
      LayerJson.read(dir, layer, snapshot.state().machine);
    }
    return new Loaded(snapshot.state(), bytes, fromBackup);
  }
}
