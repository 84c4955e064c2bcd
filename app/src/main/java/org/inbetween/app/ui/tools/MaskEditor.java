package org.inbetween.app.ui.tools;

import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.inbetween.app.editing.EditHistory;
import org.inbetween.app.editing.Rect;
import org.inbetween.app.editing.WorkingMask;
import org.inbetween.app.ui.session.EditorSession;
import org.inbetween.models.image.LabelMask;
import org.inbetween.models.image.Masks;
import org.inbetween.models.image.RgbImage;

/**
 * What the mask tools edit: the current frame's human mask, with per-frame undo/redo, saving
 * through the store, and the "object absent on this frame" mark.
 *
 * <p>A gesture changes the {@link #working() working mask} in place ({@link #modify}), sample by
 * sample, and listeners repaint only the changed rectangle; {@link #commit} ends the gesture,
 * records it in the history and queues the new mask for the store as the session user's work. Undo
 * and redo write the restored mask through the store too, so they are journaled like any edit; undo
 * back to before a frame's first edit clears its human mask instead of writing a blank one.
 *
 * <pre>{@code
 * MaskEditor editor = MaskEditor.create(session);
 * editor.modify(m -> Brush.segment(m, from, to, editor.brush().radius(), Ink.paint(editor.objectId())));
 * editor.commit();
 * editor.undo();
 * }</pre>
 *
 * <p>Use on the JavaFX thread. {@link #close} before closing the session: it waits for queued
 * writes.
 */
public final class MaskEditor implements AutoCloseable {
  /** Refines a mask from the frame's pixels, off the UI thread (smart select). */
  @FunctionalInterface
  public interface Refinement {
    LabelMask refine(RgbImage frame, LabelMask current, int objectId) throws Exception;
  }

  /** Told about every change of the working mask, with the rectangle that changed. */
  @FunctionalInterface
  public interface ChangeListener {
    void changed(WorkingMask mask, Rect dirty);
  }

  private final EditorSession session;
  private final Executor writer;
  private final Executor ui;
  private final ExecutorService ownWriter;
  private final EditHistory history = new EditHistory();
  private final MaskSaver saver;
  private final BrushSettings brush = new BrushSettings();
  private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper();
  private final ReadOnlyBooleanWrapper canRedo = new ReadOnlyBooleanWrapper();
  private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
  private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
  private final List<ChangeListener> listeners = new CopyOnWriteArrayList<>();
  private WorkingMask working;
  private LabelMask committed;

  /** False while {@link #committed} stands for "no human mask" (shown blank). */
  private boolean committedIsHumanMask;

  private boolean gestureOpen;
  private boolean readable;
  private boolean ownRevision;

  /** An editor that writes on its own background thread and reports on the JavaFX thread. */
  public static MaskEditor create(EditorSession session) {
    ExecutorService writer =
        Executors.newSingleThreadExecutor(
            task -> {
              Thread thread = Executors.defaultThreadFactory().newThread(task);
              thread.setName("mask-writer");
              thread.setDaemon(true);
              return thread;
            });
    return new MaskEditor(session, writer, Platform::runLater, writer);
  }

  /** For tests: {@code Runnable::run} for both makes every write synchronous. */
  MaskEditor(EditorSession session, Executor writer, Executor ui) {
    this(session, writer, ui, null);
  }

  private MaskEditor(
      EditorSession session, Executor writer, Executor ui, ExecutorService ownWriter) {
    this.session = session;
    this.writer = writer;
    this.ui = ui;
    this.ownWriter = ownWriter;
    this.saver = new MaskSaver(session.store(), session::author, writer, ui, this::announceEdit);
    session.currentFrameProperty().addListener((obs, old, now) -> reload());
    session.revisionProperty().addListener((obs, old, now) -> reloadIfChangedElsewhere());
    reload();
  }

  public EditorSession session() {
    return session;
  }

  public BrushSettings brush() {
    return brush;
  }

  /** The current frame's mask as the tools see it, including a gesture in progress. */
  public WorkingMask working() {
    return working;
  }

  /** The current frame's mask as of the last committed edit. */
  public LabelMask committed() {
    return committed;
  }

  /** The object the tools paint: the session's current object if it still exists, else 0. */
  public int objectId() {
    int id = session.currentObjectIdProperty().get();
    return session.project().object(id).isPresent() ? id : 0;
  }

  public void addChangeListener(ChangeListener listener) {
    listeners.add(listener);
  }

  /**
   * Applies one step of a gesture to the working mask.
   *
   * @param step changes the mask and returns the rectangle it changed
   * @return false (and nothing done) when there is no object to paint or the frame's mask could not
   *     be read
   */
  public boolean modify(Function<WorkingMask, Rect> step) {
    if (objectId() == 0 || !readable) {
      return false;
    }
    gestureOpen = true;
    fire(step.apply(working));
    return true;
  }

  /** Ends the gesture: records it for undo and saves the frame's mask. No change, no edit. */
  public void commit() {
    if (!gestureOpen) {
      return;
    }
    gestureOpen = false;
    store(working.snapshot());
  }

  /** Replaces the frame's mask with {@code mask} as one edit (results of whole-mask tools). */
  public void apply(LabelMask mask) {
    if (gestureOpen || !readable || mask.frame() != committed.frame()) {
      return;
    }
    working.load(mask);
    fire(store(mask));
  }

  /**
   * Runs {@code refinement} on the writer thread with the current frame's pixels, then applies its
   * result, unless the mask or the frame changed meanwhile (a stale answer is dropped, not merged).
   */
  public void refineInBackground(Refinement refinement) {
    int objectId = objectId();
    if (objectId == 0 || !readable || busy.get() || gestureOpen) {
      return;
    }
    LabelMask base = committed;
    busy.set(true);
    writer.execute(
        () -> {
          try {
            LabelMask result =
                refinement.refine(session.frames().frame(base.frame()), base, objectId);
            ui.execute(() -> refined(base, result, null));
          } catch (Exception e) {
            ui.execute(() -> refined(base, null, e));
          }
        });
  }

  /**
   * Goes back one edit on the current frame. Undoing the first edit on a frame that had no human
   * mask removes the mask from the store, so the frame is no keyframe again.
   */
  public void undo() {
    if (!gestureOpen && readable) {
      history
          .undo(committed)
          .ifPresent(mask -> restore(mask, !history.restoresNoHumanMask(mask.frame())));
    }
  }

  public void redo() {
    if (!gestureOpen && readable) {
      history.redo(committed).ifPresent(mask -> restore(mask, true));
    }
  }

  public ReadOnlyBooleanProperty canUndoProperty() {
    return canUndo.getReadOnlyProperty();
  }

  public ReadOnlyBooleanProperty canRedoProperty() {
    return canRedo.getReadOnlyProperty();
  }

  /** True while a smart select runs. */
  public ReadOnlyBooleanProperty busyProperty() {
    return busy.getReadOnlyProperty();
  }

  /** The last thing a tool could not do, for the status line; empty when all went well. */
  public ReadOnlyStringProperty messageProperty() {
    return message.getReadOnlyProperty();
  }

  public ReadOnlyObjectProperty<SaveState> saveStateProperty() {
    return saver.stateProperty();
  }

  /** Why saving failed; empty unless {@link #saveStateProperty()} is ERROR. */
  public ReadOnlyStringProperty saveProblemProperty() {
    return saver.problemProperty();
  }

  /** Writes again every mask whose save failed. */
  public void retrySaving() {
    saver.retry();
  }

  /**
   * Marks the current object absent on the current frame, or withdraws the mark. Marking erases the
   * object's pixels on this frame first, as an undoable edit: the annotator said it is not there.
   */
  public void setAbsent(boolean absent) {
    int objectId = objectId();
    int frame = committed.frame();
    if (objectId == 0 || session.project().frame(frame).isAbsent(objectId) == absent) {
      return;
    }
    if (absent && committed.area(objectId) > 0) {
      apply(committed.withoutObject(objectId));
    }
    String by = session.author();
    storeEdit(
        store -> {
          if (absent) {
            store.markAbsent(frame, objectId, by);
          } else {
            store.clearAbsent(frame, objectId, by);
          }
          return null;
        },
        ignored -> {});
  }

  /**
   * Runs a project change (objects, marks) in order with the queued mask saves, then rereads the
   * frame's mask (a deleted object's pixels become background).
   */
  public <T> void storeEdit(StoreCall<T> call, Consumer<T> onDone) {
    saver.submit(
        call,
        result -> {
          onDone.accept(result);
          reloadAfterOwnChange();
        });
  }

  /** Waits for queued writes and stops the writer thread. */
  @Override
  public void close() throws InterruptedException {
    if (ownWriter != null) {
      ownWriter.shutdown();
      if (!ownWriter.awaitTermination(30, TimeUnit.SECONDS)) {
        ownWriter.shutdownNow();
      }
    }
  }

  private Rect store(LabelMask mask) {
    Rect changed = history.record(committed, mask, committedIsHumanMask);
    if (!changed.isEmpty()) {
      committed = mask;
      committedIsHumanMask = true;
      saver.save(mask);
      updateUndo();
    }
    return changed;
  }

  private void restore(LabelMask mask, boolean isHumanMask) {
    committed = mask;
    committedIsHumanMask = isHumanMask;
    working.load(mask);
    if (isHumanMask) {
      saver.save(mask);
    } else {
      saver.clear(mask);
    }
    updateUndo();
    fire(working.bounds());
  }

  private void refined(LabelMask base, LabelMask result, Exception failure) {
    busy.set(false);
    if (failure != null) {
      message.set(failure.getMessage() == null ? failure.toString() : failure.getMessage());
    } else if (committed == base) {
      message.set("");
      apply(result);
    }
  }

  private void reloadIfChangedElsewhere() {
    if (!ownRevision && !gestureOpen) {
      reload();
    }
  }

  private void reloadAfterOwnChange() {
    if (!gestureOpen) {
      reload();
    }
  }

  /**
   * Loads the current frame: its unsaved mask if a write is pending or failed, else the store's.
   */
  private void reload() {
    if (gestureOpen) {
      commit();
    }
    int frame = session.currentFrame();
    LabelMask mask = null;
    boolean isHumanMask = false;
    try {
      Optional<MaskSaver.Unsaved> unsaved = saver.unsaved(frame);
      if (unsaved.isPresent()) {
        mask = unsaved.get().mask();
        isHumanMask = !unsaved.get().clears();
      } else {
        mask = session.store().humanMask(frame).orElse(null);
        isHumanMask = mask != null;
      }
      readable = true;
    } catch (IOException | RuntimeException e) {
      message.set(e.getMessage());
      readable = false;
    }
    if (mask == null) {
      mask = Masks.empty(frame, session.project().width(), session.project().height());
    }
    if (readable) {
      history.reconcile(mask);
    }
    committed = mask;
    committedIsHumanMask = isHumanMask;
    working = WorkingMask.of(mask);
    updateUndo();
    fire(working.bounds());
  }

  private void announceEdit() {
    ownRevision = true;
    try {
      session.edited();
    } finally {
      ownRevision = false;
    }
  }

  private void updateUndo() {
    canUndo.set(history.canUndo(committed.frame()));
    canRedo.set(history.canRedo(committed.frame()));
  }

  private void fire(Rect dirty) {
    if (!dirty.isEmpty()) {
      listeners.forEach(l -> l.changed(working, dirty));
    }
  }
}
