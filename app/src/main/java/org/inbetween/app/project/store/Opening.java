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
import org.inbetween.app.project.ProjectNames;

/**
 * Creating a project folder and opening one: snapshot (or backup), journal replay, and the
 * checkpoint that repairs a project recovered from its backup.
 */
final class Opening {
  private Opening() {}

  static ProjectStore create(Path dir, NewProject spec, StoreOptions options) throws IOException {
    checkEmpty(dir, spec);
    ProjectState state = new ProjectState();
    state.name = spec.projectName();
    state.source = SourceFingerprint.of(spec, dir);
    state.frameCount = spec.frameCount();
    state.fps = spec.fps();
    state.width = spec.width();
    state.height = spec.height();
    state.sourceRotation = spec.sourceRotation();
    state.keyframeInterval = spec.keyframeInterval();
    AtomicFiles.ensureDirectory(dir.resolve("masks").resolve(MaskSlot.HUMAN));
    ProjectLock lock = ProjectLock.acquire(dir);
    try {
      Journal journal = Journal.create(dir);
      byte[] snapshot = ProjectJson.encode(state);
      AtomicFiles.write(dir.resolve(ProjectJson.FILE_NAME), snapshot);
      return new ProjectStore(dir, lock, journal, state, snapshot, 0, false, options, false);
    } catch (IOException | RuntimeException e) {
      lock.close();
      throw e;
    }
  }

  static ProjectStore open(Path dir, StoreOptions options, OpenMode mode) throws IOException {
    if (!Files.isDirectory(dir)) {
      throw new ProjectFormatException(dir, "no such project folder");
    }
    ProjectLock lock = mode.writes() ? ProjectLock.acquire(dir) : ProjectLock.acquireShared(dir);
    try {
      if (mode.writes()) {
        AtomicFiles.deleteStaleTemps(dir);
      }
      SnapshotLoader.Loaded loaded = SnapshotLoader.load(dir, mode.writes());
      loaded.state().folder = ProjectNames.ofFolder(dir);
      long snapshotSeq = loaded.state().seq;
      List<Journal.Entry> entries = new ArrayList<>();
      Journal journal = openJournal(dir, loaded.state().journalEnd, entries, mode);
      ProjectStore store;
      try {
        replay(dir, loaded.state(), entries);
        if (mode == OpenMode.RECOVER
            && journal.lastSeq() > 0
            && journal.lastSeq() < loaded.state().seq) {
          journal = restartJournal(dir, journal);
        }
        long coveredSeq = loaded.fromBackup() || mode == OpenMode.RECOVER ? -1 : snapshotSeq;
        store =
            new ProjectStore(
                dir,
                lock,
                journal,
                loaded.state(),
                loaded.bytes(),
                coveredSeq,
                loaded.fromBackup(),
                mode.writes() ? options : options.withoutAutosave(),
                !mode.writes());
      } catch (IOException | RuntimeException e) {
        journal.close();
        throw e;
      }
      if (!mode.writes()) {
        return store;
      }
      if (loaded.fromBackup() || mode == OpenMode.RECOVER) {
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
      if (lock != null) {
        lock.close();
      }
      throw e;
    }
  }

  /**
   * Opens the journal and checks that it reaches as far as the snapshot: compaction always keeps
   * the lines since the previous snapshot, so a journal that is missing, or ends before the edit
   * project.json covers, was deleted or cut by something other than this program, and the edits
   * made after the snapshot went with it. Only an explicit recovery opens such a project.
   */
  private static Journal openJournal(
      Path dir, long journalEnd, List<Journal.Entry> entries, OpenMode mode) throws IOException {
    Path file = dir.resolve(Journal.FILE_NAME);
    Optional<Journal> opened = Journal.open(dir, entries, mode);
    long lastSeq = entries.isEmpty() ? 0 : entries.get(entries.size() - 1).seq();
    if (mode != OpenMode.RECOVER && (opened.isEmpty() || lastSeq < journalEnd)) {
      opened.ifPresent(Opening::closeQuietly);
      String what =
          opened.isEmpty()
              ? "is missing"
              : "ends at edit " + lastSeq + " but project.json says it reached " + journalEnd;
      throw new ProjectFormatException(
          file,
          what
              + ": it was deleted or cut outside this program, and the edits made since the last"
              + " save may be lost. Restore it from a backup if you can; to open the project with"
              + " what project.json holds, run: inbetween info --project "
              + dir
              + " --recover");
    }
    return opened.isPresent() ? opened.get() : Journal.create(dir);
  }

  /**
   * Recovery of a journal that ends before the snapshot: its lines are all in project.json already,
   * and new edits must follow the snapshot's number, so it is set aside and started anew.
   */
  private static Journal restartJournal(Path dir, Journal journal) throws IOException {
    journal.close();
    Path file = dir.resolve(Journal.FILE_NAME);
    Files.move(
        file, file.resolveSibling(Journal.FILE_NAME + ".damaged-" + System.currentTimeMillis()));
    return Journal.create(dir);
  }

  private static void closeQuietly(Journal journal) {
    try {
      journal.close();
    } catch (IOException e) {
      // Already failing with a clearer message.
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
