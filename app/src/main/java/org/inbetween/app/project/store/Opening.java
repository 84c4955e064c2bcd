package org.inbetween.app.project.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.inbetween.app.project.NewProject;
import org.inbetween.app.project.ProjectFormatException;

/**
 * Creating a project folder and opening one: snapshot (or backup), journal replay, and the
 * checkpoint that repairs a project recovered from its backup.
 */
final class Opening {
  private Opening() {}

  static ProjectStore create(Path dir, NewProject spec, StoreOptions options) throws IOException {
    checkEmpty(dir, spec);
    ProjectState state = new ProjectState();
    state.source = SourceFingerprint.of(spec, dir);
    state.frameCount = spec.frameCount();
    state.fps = spec.fps();
    state.width = spec.width();
    state.height = spec.height();
    state.keyframeInterval = spec.keyframeInterval();
    AtomicFiles.ensureDirectory(dir.resolve("masks").resolve(MaskSlot.HUMAN));
    ProjectLock lock = ProjectLock.acquire(dir);
    try {
      Journal journal = Journal.create(dir);
      byte[] snapshot = ProjectJson.encode(state);
      AtomicFiles.write(dir.resolve(ProjectJson.FILE_NAME), snapshot);
      return new ProjectStore(dir, lock, journal, state, snapshot, 0, false, options);
    } catch (IOException | RuntimeException e) {
      lock.close();
      throw e;
    }
  }

  static ProjectStore open(Path dir, StoreOptions options) throws IOException {
    if (!Files.isDirectory(dir)) {
      throw new ProjectFormatException(dir, "no such project folder");
    }
    ProjectLock lock = ProjectLock.acquire(dir);
    try {
      AtomicFiles.deleteStaleTemps(dir);
      SnapshotLoader.Loaded loaded = SnapshotLoader.load(dir);
      long snapshotSeq = loaded.state().seq;
      List<Journal.Entry> entries = new ArrayList<>();
      Journal journal = Journal.open(dir, entries);
      ProjectStore store;
      try {
        replay(dir, loaded.state(), entries);
        long coveredSeq = loaded.fromBackup() ? -1 : snapshotSeq;
        store =
            new ProjectStore(
                dir,
                lock,
                journal,
                loaded.state(),
                loaded.bytes(),
                coveredSeq,
                loaded.fromBackup(),
                options);
      } catch (IOException | RuntimeException e) {
        journal.close();
        throw e;
      }
      if (loaded.fromBackup()) {
        try {
          store.checkpoint();
        } catch (IOException | RuntimeException e) {
          journal.close();
          throw e;
        }
      } else if (store.state.seq > snapshotSeq && store.autosave != null) {
        store.autosave.editMade(false);
      }
      return store;
    } catch (IOException | RuntimeException e) {
      lock.close();
      throw e;
    }
  }

  private static void replay(Path dir, ProjectState state, List<Journal.Entry> entries)
      throws ProjectFormatException {
    Path file = dir.resolve(Journal.FILE_NAME);
    for (Journal.Entry entry : entries) {
      if (entry.seq() <= state.seq) {
        continue;
      }
      if (entry.seq() != state.seq + 1) {
        throw new ProjectFormatException(
            file,
            "edits "
                + (state.seq + 1)
                + ".."
                + (entry.seq() - 1)
                + " are missing (the journal starts after the snapshot)");
      }
      try {
        // Lines pass their checksum, but one written by hand or by another tool may still name a
        // frame the project does not have; the edits a store makes were checked when made.
        if (entry.json().has("frame")) {
          Checks.frame(state, entry.json().get("frame").asInt());
        }
        Edit.fromJson(entry.json()).applyTo(state);
      } catch (IllegalArgumentException | NullPointerException e) {
        throw new ProjectFormatException(
            file, "edit " + entry.seq() + " cannot be read: " + e.getMessage(), e);
      }
      state.seq = entry.seq();
    }
  }

  private static void checkEmpty(Path dir, NewProject spec) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    Path source = spec.source() == null ? null : spec.source().toAbsolutePath().normalize();
    try (Stream<Path> entries = Files.list(dir)) {
      Optional<Path> other =
          entries.filter(p -> !p.toAbsolutePath().normalize().equals(source)).findFirst();
      if (other.isPresent()) {
        throw new IOException(
            dir
                + ": a new project needs an empty folder, but it contains "
                + other.get().getFileName());
      }
    }
  }
}
