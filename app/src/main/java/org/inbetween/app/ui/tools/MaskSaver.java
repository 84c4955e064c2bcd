package org.inbetween.app.ui.tools;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.inbetween.app.project.store.ProjectStore;
import org.inbetween.models.image.LabelMask;

/**
 * Writes the editor's changes to the store one after another on a writer thread, and tells the UI
 * how far it got ({@link SaveState}).
 *
 * <p>A mask is kept in memory until the store has it: if a write fails (disk full, project folder
 * gone) the mask stays {@link #unsaved}, the editor keeps showing it, and {@link #retry} writes it
 * again. Nothing the annotator painted is dropped because a write failed.
 *
 * <p>Called on the UI thread; completions come back through the {@code ui} executor.
 */
final class MaskSaver {
  private final ProjectStore store;
  private final Supplier<String> author;
  private final Executor writer;
  private final Executor ui;
  private final Runnable afterEachChange;
  private final Map<Integer, Unsaved> unsaved = new HashMap<>();
  private final ReadOnlyObjectWrapper<SaveState> state =
      new ReadOnlyObjectWrapper<>(SaveState.SAVED);
  private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");
  private int running;
  private boolean lastFailed;

  /**
   * @param afterEachChange runs on the UI thread after every successful write (session.edited())
   */
  MaskSaver(
      ProjectStore store,
      Supplier<String> author,
      Executor writer,
      Executor ui,
      Runnable afterEachChange) {
    this.store = store;
    this.author = author;
    this.writer = writer;
    this.ui = ui;
    this.afterEachChange = afterEachChange;
  }

  ReadOnlyObjectProperty<SaveState> stateProperty() {
    return state.getReadOnlyProperty();
  }

  /** Why the last write failed; empty when it did not. */
  ReadOnlyStringProperty problemProperty() {
    return problem.getReadOnlyProperty();
  }

  /**
   * A change of a frame's human mask that the store does not have yet (pending or failed).
   *
   * @param mask the mask to store, or, for a clear, the blank mask shown meanwhile
   * @param clears true when the frame's human mask is to be removed rather than replaced
   */
  record Unsaved(LabelMask mask, boolean clears) {}

  /** The frame's newest change that the store does not have yet. */
  Optional<Unsaved> unsaved(int frame) {
    return Optional.ofNullable(unsaved.get(frame));
  }

  /** Stores {@code mask} as the human mask of its frame. */
  void save(LabelMask mask) {
    write(new Unsaved(mask, false));
  }

  /**
   * Removes the human mask of {@code blank}'s frame (undo back to before anyone painted it), which
   * shows as {@code blank} meanwhile. Nothing to remove (the first save never landed) is fine.
   */
  void clear(LabelMask blank) {
    write(new Unsaved(blank, true));
  }

  /** Writes every change that failed to save, again. */
  void retry() {
    new ArrayList<>(unsaved.values()).forEach(this::write);
  }

  private void write(Unsaved change) {
    int frame = change.mask().frame();
    unsaved.put(frame, change);
    String by = author.get();
    submit(
        s -> {
          if (!change.clears()) {
            s.putHumanMask(change.mask(), by);
          } else if (s.project().frame(frame).humanLabel().isPresent()) {
            s.clearHumanMask(frame, by);
          }
          return null;
        },
        ignored -> unsaved.remove(frame, change));
  }

  /** Runs {@code call} after the writes already queued; {@code onDone} gets its result. */
  <T> void submit(StoreCall<T> call, Consumer<T> onDone) {
    running++;
    state.set(SaveState.SAVING);
    try {
      writer.execute(() -> run(call, onDone));
    } catch (RejectedExecutionException closed) {
      finished(new IllegalStateException("the editor is closed"), () -> {});
    }
  }

  private <T> void run(StoreCall<T> call, Consumer<T> onDone) {
    try {
      T result = call.run(store);
      ui.execute(() -> finished(null, () -> onDone.accept(result)));
    } catch (Exception e) {
      ui.execute(() -> finished(e, () -> {}));
    }
  }

  private void finished(Exception failure, Runnable onSuccess) {
    running--;
    lastFailed = failure != null;
    if (failure != null) {
      problem.set(failure.getMessage() == null ? failure.toString() : failure.getMessage());
    } else {
      onSuccess.run();
      afterEachChange.run();
    }
    if (running > 0) {
      state.set(SaveState.SAVING);
    } else if (lastFailed || !unsaved.isEmpty()) {
      state.set(SaveState.ERROR);
    } else {
      problem.set("");
      state.set(SaveState.SAVED);
    }
  }
}
