package org.inbetween.app.project.store;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.inbetween.app.project.AbsentMark;
import org.inbetween.app.project.Decision;
import org.inbetween.app.project.FrameState;
import org.inbetween.app.project.HumanMaskConflictException;
import org.inbetween.app.project.MachineLayer;
import org.inbetween.app.project.MaskPng;
import org.inbetween.app.project.NewProject;
import org.inbetween.app.project.Project;
import org.inbetween.app.project.ProjectFormatException;
import org.inbetween.app.project.ProjectNames;
import org.inbetween.app.project.Provenance;
import org.inbetween.app.project.Review;
import org.inbetween.app.project.TrackedObject;
import org.inbetween.models.flow.FlowPreset;
import org.inbetween.models.image.DavisPalette;
import org.inbetween.models.image.LabelMask;
import org.inbetween.models.image.Masks;
import org.inbetween.models.image.SoftMask;

/**
 * A project folder, opened for reading and editing. The one way the application changes a project.
 *
 * <p>Every edit is checked first (bad input throws and changes nothing), then written to the
 * journal and forced to the device, then applied: when a {@code put...}, {@code mark...}, {@code
 * review} or object call returns, the edit survives a crash or a power cut. Checkpoints (PNG files,
 * layer provenance, project.json) follow in the background and on {@link #close()}.
 *
 * <p>Human work is protected here, not by callers' good manners: machine masks go only to {@link
 * MachineLayer}s, the human layer takes only masks with a person's name, and accepting a
 * pseudo-label never replaces human work ({@link HumanMaskConflictException}).
 *
 * <pre>{@code
 * try (ProjectStore store = ProjectStore.create(dir, NewProject.of(IMAGE_FOLDER, frames, 80, 25, 854, 480))) {
 *   TrackedObject bus = store.addObject("bus");
 *   store.putHumanMask(Masks.fromPng(gt, 0), "ana");
 * }
 * }</pre>
 *
 * <p>Thread-safe; one store per folder at a time (a lock file keeps a second one out).
 */
public final class ProjectStore implements AutoCloseable {
  private final Path dir;
  private final ProjectLock lock;
  private final Journal journal;
  final ProjectState state;
  private final StoreOptions options;
  final Autosave autosave;
  private final boolean recoveredFromBackup;
  private final boolean readOnly;
  private final Object checkpointLock = new Object();
  private byte[] lastSnapshot;
  private long lastSnapshotSeq;
  private boolean closed;

  /**
   * @param snapshot the bytes of the last good project.json (they become the next backup)
   * @param snapshotSeq the journal sequence it covers; -1 forces the next checkpoint to rewrite it
   * @param readOnly whether edits and checkpoints are refused (the lock may then be null)
   */
  ProjectStore(
      Path dir,
      ProjectLock lock,
      Journal journal,
      ProjectState state,
      byte[] snapshot,
      long snapshotSeq,
      boolean recoveredFromBackup,
      StoreOptions options,
      boolean readOnly) {
    this.dir = dir;
    this.lock = lock;
    this.journal = journal;
    this.state = state;
    this.options = options;
    this.recoveredFromBackup = recoveredFromBackup;
    this.readOnly = readOnly;
    this.lastSnapshot = snapshot;
    this.lastSnapshotSeq = snapshotSeq;
    this.autosave =
        options.autosave()
            ? new Autosave(dir.getFileName().toString(), this::checkpoint, options)
            : null;
  }

  /**
   * Creates a project with default options; see {@link #create(Path, NewProject, StoreOptions)}.
   */
  public static ProjectStore create(Path dir, NewProject spec) throws IOException {
    return create(dir, spec, StoreOptions.defaults());
  }

  /**
   * Creates a project in {@code dir}, which must be missing or empty (except for the source itself,
   * which may lie inside so that the folder can move as a whole).
   */
  public static ProjectStore create(Path dir, NewProject spec, StoreOptions options)
      throws IOException {
    return Opening.create(dir, spec, options);
  }

  /** Opens a project with default options; see {@link #open(Path, StoreOptions)}. */
  public static ProjectStore open(Path dir) throws IOException {
    return open(dir, StoreOptions.defaults());
  }

  /**
   * Opens a project: reads the last checkpoint (falling back to project.json.bak if project.json is
   * damaged) and replays the journal, dropping a line torn by a crash.
   *
   * @throws ProjectFormatException naming the file and problem when the project cannot be read
   */
  public static ProjectStore open(Path dir, StoreOptions options) throws IOException {
    return Opening.open(dir, options, OpenMode.WRITE);
  }

  /**
   * Opens a project for reading only (info, export): nothing in the folder is written, not even the
   * lock file, so a project on a read-only disk or share can be read. A torn journal tail is
   * skipped rather than cut off. Every edit is refused with an {@link IOException}; {@link
   * #checkpoint()} and {@link #close()} write nothing. Readers share the lock with each other,
   * never with a writer.
   */
  public static ProjectStore openReadOnly(Path dir) throws IOException {
    return Opening.open(dir, StoreOptions.defaults().withoutAutosave(), OpenMode.READ_ONLY);
  }

  /**
   * The explicit choice a person makes when {@link #open} refused a damaged or missing journal:
   * keeps every edit up to the last intact line, copies the damaged journal aside as {@code
   * journal.log.damaged-<time>} (a missing one is started afresh), and checkpoints, so that the
   * project opens normally afterwards. Never called on its own by the program.
   */
  public static void recover(Path dir) throws IOException {
    Opening.open(dir, StoreOptions.defaults().withoutAutosave(), OpenMode.RECOVER).close();
  }

  /** True if this store was opened by {@link #openReadOnly}. */
  public boolean readOnly() {
    return readOnly;
  }

  public Path directory() {
    return dir;
  }

  /** An immutable snapshot of the metadata, objects and frame states. */
  public synchronized Project project() {
    return state.project();
  }

  /** True if project.json was damaged and the project was rebuilt from project.json.bak. */
  public boolean recoveredFromBackup() {
    return recoveredFromBackup;
  }

  /** Adds an object with the next unused id (ids are never reused) and its palette colour. */
  public synchronized TrackedObject addObject(String name) throws IOException {
    Checks.objectName(name);
    int id = state.nextObjectId;
    if (id > 255) {
      throw new IllegalStateException("all 255 object ids are used (ids are never reused)");
    }
    TrackedObject object = new TrackedObject(id, name, DavisPalette.rgb(id));
    commit(new Edit.AddObject(object));
    return object;
  }

  /**
   * Adds an object under a given id, for imports that must keep the ids their masks use (palette
   * PNGs). The id must never have been used in this project; ids may come in any order.
   */
  public synchronized TrackedObject addObject(int id, String name) throws IOException {
    Checks.objectName(name);
    if (state.liveObjects.containsKey(id) || state.deletedObjects.containsKey(id)) {
      throw new IllegalArgumentException(
          "object id " + id + " is or was already used in this project");
    }
    TrackedObject object = new TrackedObject(id, name, DavisPalette.rgb(id));
    commit(new Edit.AddObject(object));
    return object;
  }

  public synchronized TrackedObject renameObject(int id, String name) throws IOException {
    TrackedObject old = Checks.liveObject(state, id);
    TrackedObject renamed = new TrackedObject(id, Checks.objectName(name), old.rgb());
    commit(new Edit.ReplaceObject(renamed));
    return renamed;
  }

  /** Gives an object a display colour 0xRRGGBB. */
  public synchronized TrackedObject recolourObject(int id, int rgb) throws IOException {
    TrackedObject old = Checks.liveObject(state, id);
    TrackedObject recoloured = new TrackedObject(id, old.name(), rgb);
    commit(new Edit.ReplaceObject(recoloured));
    return recoloured;
  }

  /**
   * Deletes an object. Its id is retired for good; its pixels stay in the PNG files but every mask
   * read through the store shows them as background, and its absent marks are dropped.
   */
  public synchronized void deleteObject(int id) throws IOException {
    Checks.liveObject(state, id);
    commit(new Edit.DeleteObject(id));
  }

  /**
   * Stores a person's mask for {@code mask.frame()}, replacing that frame's human mask. Objects
   * painted in it lose their absent marks on that frame. A frame that had a pseudo-label becomes
   * CORRECTED, any other KEYFRAME.
   *
   * @throws IllegalArgumentException for a frame out of range, a mask of the wrong size, a label
   *     that is not a live object, or a blank author
   */
  public synchronized void putHumanMask(LabelMask mask, String author) throws IOException {
    Checks.person(author, "author");
    checkMask(mask);
    commit(new Edit.HumanMask(mask.frame(), MaskBytes.of(mask), author, Instant.now()));
  }

  /**
   * Takes a person's drawn mask off {@code frame}, as undoing the frame's first edit does. The
   * frame goes back to the state its pseudo-label and reviews alone give it (REJECTED after a
   * rejection, PSEUDO_LABELLED with a pseudo-label, else UNLABELLED); absent marks stay, and with
   * them the state. The PNG file is deleted at the next checkpoint.
   *
   * @throws IllegalStateException if the frame has no human mask, or if a reviewer ever accepted or
   *     corrected it: clearing would silently undo that review (correct the frame instead)
   */
  public synchronized void clearHumanMask(int frame, String author) throws IOException {
    Checks.frame(state, frame);
    Checks.person(author, "author");
    FrameData data = Checks.clearableHumanMask(state, frame);
    FrameState after =
        Transitions.afterHumanMaskCleared(
            data.state,
            !data.absent.isEmpty(),
            data.lastReviewIs(Decision.Kind.REJECT),
            state.machine.containsKey(MaskSlot.pseudo(frame)));
    commit(new Edit.ClearHumanMask(frame, author, Instant.now(), after));
  }

  /** The frame's human mask, if a person (or an accepting reviewer) put one there. */
  public synchronized Optional<LabelMask> humanMask(int frame) throws IOException {
    Checks.frame(state, frame);
    FrameData data = state.existingFrame(frame);
    return data != null && data.human != null
        ? Optional.of(readLabel(MaskSlot.human(frame)))
        : Optional.empty();
  }

  /**
   * Records that a person saw that {@code objectId} is not visible on {@code frame}.
   *
   * @throws IllegalStateException if the frame's human mask has pixels of that object (erase them
   *     first: the store will not discard painted pixels on its own)
   */
  public synchronized void markAbsent(int frame, int objectId, String author) throws IOException {
    Checks.frame(state, frame);
    Checks.liveObject(state, objectId);
    Checks.person(author, "author");
    Optional<LabelMask> human = humanMask(frame);
    if (human.isPresent() && human.get().area(objectId) > 0) {
      throw new IllegalStateException(
          "object "
              + objectId
              + " has "
              + human.get().area(objectId)
              + " pixels in the human mask of frame "
              + frame
              + "; erase them before marking it absent");
    }
    commit(new Edit.MarkAbsent(frame, new AbsentMark(objectId, author, Instant.now())));
  }

  /** Withdraws an absent mark (undo). */
  public synchronized void clearAbsent(int frame, int objectId, String author) throws IOException {
    Checks.frame(state, frame);
    Checks.person(author, "author");
    FrameData data = state.existingFrame(frame);
    if (data == null || !data.absent.containsKey(objectId)) {
      throw new IllegalStateException(
          "object " + objectId + " is not marked absent on frame " + frame);
    }
    commit(new Edit.ClearAbsent(frame, objectId, author, Instant.now()));
  }

  /**
   * Stores a machine's label mask in a machine layer; the human layer is never touched. A pseudo
   * label on a frame without human truth (UNLABELLED or REJECTED) puts it up for review.
   */
  public synchronized void putMachineMask(MachineLayer layer, LabelMask mask, Provenance provenance)
      throws IOException {
    checkMask(mask);
    commit(
        new Edit.MachineMask(
            new MaskSlot(layer.folder(), mask.frame(), 0), MaskBytes.of(mask), provenance));
  }

  /** Stores a machine's per-pixel probabilities for one object (quantised to 1/255). */
  public synchronized void putMachineMask(
      MachineLayer layer, int objectId, SoftMask mask, Provenance provenance) throws IOException {
    Checks.frame(state, mask.frame());
    Checks.size(state, mask.frame(), mask.width(), mask.height());
    Checks.liveObject(state, objectId);
    commit(
        new Edit.MachineMask(
            new MaskSlot(layer.folder(), mask.frame(), objectId), MaskBytes.of(mask), provenance));
  }

  public synchronized Optional<LabelMask> machineMask(MachineLayer layer, int frame)
      throws IOException {
    Checks.frame(state, frame);
    MaskSlot slot = new MaskSlot(layer.folder(), frame, 0);
    return state.machine.containsKey(slot) ? Optional.of(readLabel(slot)) : Optional.empty();
  }

  public synchronized Optional<SoftMask> machineSoftMask(
      MachineLayer layer, int frame, int objectId) throws IOException {
    Checks.frame(state, frame);
    MaskSlot slot = new MaskSlot(layer.folder(), frame, objectId);
    if (objectId < 1 || !state.machine.containsKey(slot)) {
      return Optional.empty();
    }
    MaskBytes pending = state.pending.get(slot);
    return Optional.of(
        pending != null
            ? pending.toSoftMask(frame)
            : Masks.softFromPng(dir.resolve(slot.relativePath()), frame));
  }

  /** How the layer's label mask on {@code frame} was made. */
  public synchronized Optional<Provenance> machineProvenance(MachineLayer layer, int frame) {
    return Optional.ofNullable(state.machine.get(new MaskSlot(layer.folder(), frame, 0)));
  }

  /** The machine layers that hold at least one mask. */
  public synchronized Set<MachineLayer> machineLayers() {
    return state.machineLayers();
  }

  /**
   * Records a review decision on a pseudo-labelled frame.
   *
   * <ul>
   *   <li>accept (from PSEUDO_LABELLED or REJECTED): copies the pseudo-label into the human layer
   *       with the reviewer's name and the pseudo-label's provenance. Refused with {@link
   *       HumanMaskConflictException} if the frame holds any human work (a mask or absent marks).
   *   <li>reject (from PSEUDO_LABELLED or REJECTED): deletes nothing; the reason is kept.
   *   <li>correct (from PSEUDO_LABELLED, REJECTED, ACCEPTED, CORRECTED): the reviewer's mask
   *       becomes the human mask.
   *   <li>reopen (from ACCEPTED): the accepted copy leaves the human layer and the frame is
   *       PSEUDO_LABELLED again, waiting for review; the reason is kept. The pseudo-label runs do
   *       this when a keyframe an accepted frame came from changed (see {@code StaleFrames}).
   * </ul>
   *
   * @throws IllegalStateException if the frame is in a state the decision does not apply to
   */
  public synchronized void review(int frame, Decision decision, String reviewer)
      throws IOException {
    Checks.frame(state, frame);
    Checks.person(reviewer, "reviewer");
    FrameData data = state.existingFrame(frame);
    FrameState before = data == null ? FrameState.UNLABELLED : data.state;
    Instant now = Instant.now();
    if (decision instanceof Decision.Accept) {
      Checks.noHumanWork(data);
    }
    if (!Transitions.allowedBefore(decision.kind()).contains(before)) {
      throw new IllegalStateException(
          "cannot " + decision.kind() + " frame " + frame + ": it is " + before);
    }
    if (decision instanceof Decision.Accept) {
      MaskSlot pseudo = MaskSlot.pseudo(frame);
      if (!state.machine.containsKey(pseudo)) {
        throw new IllegalStateException("frame " + frame + " has no pseudo-label mask to accept");
      }
      Review review = new Review(decision.kind(), reviewer, now, "");
      MaskBytes copy = MaskBytes.of(readLabel(pseudo));
      commit(new Edit.ReviewFrame(frame, review, copy, state.machine.get(pseudo)));
    } else if (decision instanceof Decision.Reject reject) {
      Review review = new Review(decision.kind(), reviewer, now, reject.reason());
      commit(new Edit.ReviewFrame(frame, review, null, null));
    } else if (decision instanceof Decision.Correct correct) {
      if (correct.mask().frame() != frame) {
        throw new IllegalArgumentException(
            "corrected mask is for frame " + correct.mask().frame() + ", not " + frame);
      }
      checkMask(correct.mask());
      Review review = new Review(decision.kind(), reviewer, now, "");
      commit(new Edit.ReviewFrame(frame, review, MaskBytes.of(correct.mask()), null));
    } else if (decision instanceof Decision.Reopen reopen) {
      commit(
          new Edit.ReviewFrame(
              frame, new Review(decision.kind(), reviewer, now, reopen.reason()), null, null));
    }
  }

  /**
   * Renames the project: what {@code info} shows and the sequence name of its exports.
   *
   * @throws IllegalArgumentException saying why a name is refused ({@link ProjectNames#check})
   */
  public synchronized void rename(String name) throws IOException {
    commit(new Edit.Rename(ProjectNames.check(name)));
  }

  /** Sets l, the suggested spacing of keyframes (1..frameCount). */
  public synchronized void setKeyframeInterval(int interval) throws IOException {
    if (interval < 1 || interval > state.frameCount) {
      throw new IllegalArgumentException(
          "keyframe interval must be 1.." + state.frameCount + ", was " + interval);
    }
    commit(new Edit.KeyframeInterval(interval));
  }

  /**
   * Sets the optical flow the project's jobs compute from now on. Labels already made keep their
   * flows; the next run redoes the unreviewed ones (a pseudo-label made with other flows counts as
   * changed, as one made by another method does).
   */
  public synchronized void setFlowPreset(FlowPreset preset) throws IOException {
    commit(new Edit.FlowPresetChoice(Objects.requireNonNull(preset, "preset")));
  }

  /**
   * Makes {@code frame} a keyframe slot ({@code slot} true) or takes it out of the slots: the
   * timeline's mark/unmark. See {@link Project#isKeyframeSlot}. Asking for what already holds is
   * not an error; it is journaled like any other statement of a person.
   */
  public synchronized void markKeyframeSlot(int frame, boolean slot, String author)
      throws IOException {
    Checks.frame(state, frame);
    Checks.person(author, "author");
    commit(new Edit.KeyframeMark(frame, slot, author, Instant.now()));
  }

  /**
   * Writes a checkpoint now ("Save"): PNGs, layer provenance, project.json (the previous one
   * becomes project.json.bak), then shortens the journal. Edits are already safe without it.
   */
  public void checkpoint() throws IOException {
    if (readOnly) {
      return;
    }
    synchronized (checkpointLock) {
      Checkpointer.Plan plan;
      byte[] previous;
      synchronized (this) {
        if (state.seq == lastSnapshotSeq && state.pending.isEmpty() && state.cleared.isEmpty()) {
          return;
        }
        state.journalEnd = journal.lastSeq();
        plan = Checkpointer.plan(state);
        previous = lastSnapshot;
      }
      Checkpointer.write(dir, plan, previous);
      synchronized (this) {
        plan.masks().forEach(state.pending::remove);
        plan.cleared().forEach(state.cleared::remove);
        journal.compact(lastSnapshotSeq);
        lastSnapshot = plan.projectJson();
        lastSnapshotSeq = plan.seq();
      }
    }
  }

  /** Checkpoints, stops autosave and releases the project. Safe to call twice. */
  @Override
  public void close() throws IOException {
    synchronized (this) {
      if (closed) {
        return;
      }
    }
    try {
      if (autosave != null) {
        autosave.close();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    try {
      checkpoint();
    } finally {
      synchronized (this) {
        closed = true;
        try {
          journal.close();
        } finally {
          if (lock != null) {
            lock.close();
          }
        }
      }
    }
  }

  /** Sequence numbers still in journal.log; for tests of compaction. */
  synchronized List<Long> journalSequences() {
    return journal.sequences();
  }

  private void commit(Edit edit) throws IOException {
    if (closed) {
      throw new IllegalStateException(dir + ": the project is closed");
    }
    if (readOnly) {
      throw new IOException(dir + ": the project was opened for reading only; nothing was changed");
    }
    lock.verify();
    long seq = state.seq + 1;
    journal.append(seq, edit.toJsonLine(seq));
    edit.applyTo(state);
    state.seq = seq;
    if (autosave != null) {
      autosave.editMade(journal.size() > options.journalLimitBytes());
    }
  }

  private void checkMask(LabelMask mask) {
    Checks.frame(state, mask.frame());
    Checks.size(state, mask.frame(), mask.width(), mask.height());
    Checks.labels(state, mask.frame(), mask.objectIds());
  }

  /**
   * Reads a label mask, newest first from memory, and shows deleted objects as background. A PNG on
   * disk that does not fit the project (another size, an id never declared, 16 bits) was put there
   * by something other than the store and is refused naming the file, never rescaled or thinned
   * silently.
   */
  private LabelMask readLabel(MaskSlot slot) throws IOException {
    MaskBytes pending = state.pending.get(slot);
    LabelMask mask;
    if (pending != null) {
      mask = pending.toLabelMask(slot.frame());
    } else {
      Path file = dir.resolve(slot.relativePath());
      mask = MaskPng.read(file, slot.frame());
      checkOnDisk(file, mask);
    }
    for (int id : mask.objectIds()) {
      if (!state.liveObjects.containsKey(id)) {
        mask = mask.withoutObject(id);
      }
    }
    return mask;
  }

  private void checkOnDisk(Path file, LabelMask mask) throws ProjectFormatException {
    if (mask.width() != state.width || mask.height() != state.height) {
      throw new ProjectFormatException(
          file,
          "mask is "
              + mask.width()
              + "x"
              + mask.height()
              + " but the project's frames are "
              + state.width
              + "x"
              + state.height
              + "; it was not written by Inbetween (restore it, or delete it to drop that mask)");
    }
    for (int id : mask.objectIds()) {
      if (!state.liveObjects.containsKey(id) && !state.deletedObjects.containsKey(id)) {
        throw new ProjectFormatException(
            file,
            "pixels of palette index "
                + id
                + ", which is not an object of this project (its objects are "
                + state.liveObjects.keySet()
                + "); it was not written by Inbetween");
      }
    }
  }
}
