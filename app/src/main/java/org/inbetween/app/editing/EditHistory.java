package org.inbetween.app.editing;

import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.inbetween.models.image.LabelMask;

/**
 * Undo and redo of mask edits, one history per frame, kept for the whole editing session: going to
 * frame 40 and back to frame 12 leaves frame 12's history intact.
 *
 * <p>Unlimited in count; bounded in memory. Edits are stored as deflated changed rectangles ({@link
 * MaskEdit}: a stroke typically costs under a kilobyte), and when all edits together exceed the
 * byte budget the oldest edit of the session, on whichever frame, is forgotten first.
 *
 * <p>Undoing a frame's first edit must not leave an empty human mask behind where there was none
 * (an empty mask still makes the frame a keyframe): each frame remembers whether it had a human
 * mask before its first edit, and {@link #restoresNoHumanMask} tells the editor to clear the mask
 * instead of writing a blank one.
 *
 * <p>A history only applies to the mask it was recorded on. If the frame's mask changed behind the
 * editor's back (a reviewer accepted a pseudo-label there, an object was deleted), {@link
 * #reconcile} forgets that frame's history instead of undoing into a state that mixes both.
 *
 * <p>Not thread-safe: owned by the UI thread.
 */
public final class EditHistory {
  /** The default budget: thousands of strokes, a negligible share of the frame cache. */
  public static final long DEFAULT_MAX_BYTES = 64L << 20;

  private final long maxBytes;
  private final Map<Integer, FrameHistory> frames = new HashMap<>();
  private final Set<MaskEdit> oldestFirst = new LinkedHashSet<>();
  private long bytes;

  public EditHistory() {
    this(DEFAULT_MAX_BYTES);
  }

  public EditHistory(long maxBytes) {
    if (maxBytes <= 0) {
      throw new IllegalArgumentException("history budget must be positive, was " + maxBytes);
    }
    this.maxBytes = maxBytes;
  }

  /**
   * Records that the frame's mask went from {@code before} to {@code after}, dropping what could
   * have been redone.
   *
   * @param beforeIsHumanMask false when {@code before} stands for "no human mask at all" (a frame
   *     nobody painted, shown blank), true when it is a stored mask, empty or not
   * @return the pixels that changed ({@link Rect#EMPTY} and nothing recorded if none did)
   */
  public Rect record(LabelMask before, LabelMask after, boolean beforeIsHumanMask) {
    Optional<MaskEdit> edit = MaskEdit.between(before, after);
    if (edit.isEmpty()) {
      return Rect.EMPTY;
    }
    FrameHistory history = frames.computeIfAbsent(after.frame(), f -> new FrameHistory());
    if (history.undo.isEmpty()) {
      history.startsWithoutHumanMask = !beforeIsHumanMask;
    }
    history.redo.forEach(this::forget);
    history.redo.clear();
    history.undo.push(edit.get());
    history.stateHash = hash(after);
    oldestFirst.add(edit.get());
    bytes += edit.get().bytes();
    evictBeyondBudget();
    return edit.get().box();
  }

  /** The mask before the last edit of {@code current}'s frame, if there is one to undo. */
  public Optional<LabelMask> undo(LabelMask current) {
    FrameHistory history = frames.get(current.frame());
    if (history == null || history.undo.isEmpty()) {
      return Optional.empty();
    }
    MaskEdit edit = history.undo.pop();
    history.redo.push(edit);
    LabelMask previous = edit.undo(current);
    history.stateHash = hash(previous);
    return Optional.of(previous);
  }

  /** The mask after the last undone edit of {@code current}'s frame, if there is one to redo. */
  public Optional<LabelMask> redo(LabelMask current) {
    FrameHistory history = frames.get(current.frame());
    if (history == null || history.redo.isEmpty()) {
      return Optional.empty();
    }
    MaskEdit edit = history.redo.pop();
    history.undo.push(edit);
    LabelMask next = edit.redo(current);
    history.stateHash = hash(next);
    return Optional.of(next);
  }

  /**
   * True when undo has led {@code frame} back before its first recorded edit and the frame had no
   * human mask then: the store should hold none, rather than a blank mask.
   */
  public boolean restoresNoHumanMask(int frame) {
    FrameHistory history = frames.get(frame);
    return history != null && history.undo.isEmpty() && history.startsWithoutHumanMask;
  }

  public boolean canUndo(int frame) {
    FrameHistory history = frames.get(frame);
    return history != null && !history.undo.isEmpty();
  }

  public boolean canRedo(int frame) {
    FrameHistory history = frames.get(frame);
    return history != null && !history.redo.isEmpty();
  }

  /**
   * Forgets the history of {@code mask}'s frame unless {@code mask} is the state the history left
   * it in. Call with the mask read back whenever a frame is (re)loaded.
   */
  public void reconcile(LabelMask mask) {
    FrameHistory history = frames.get(mask.frame());
    if (history != null && history.stateHash != hash(mask)) {
      history.undo.forEach(this::forget);
      history.redo.forEach(this::forget);
      frames.remove(mask.frame());
    }
  }

  /** Memory held by all recorded edits, roughly. */
  public long bytes() {
    return bytes;
  }

  private void evictBeyondBudget() {
    while (bytes > maxBytes && oldestFirst.size() > 1) {
      Iterator<MaskEdit> oldest = oldestFirst.iterator();
      MaskEdit edit = oldest.next();
      oldest.remove();
      bytes -= edit.bytes();
      FrameHistory history = frames.get(edit.frame());
      if (history.undo.remove(edit)) {
        // The oldest state left to undo to is one the editor saved: a human mask.
        history.startsWithoutHumanMask = false;
      }
      history.redo.remove(edit);
    }
  }

  private void forget(MaskEdit edit) {
    if (oldestFirst.remove(edit)) {
      bytes -= edit.bytes();
    }
  }

  private static int hash(LabelMask mask) {
    return Arrays.hashCode(mask.labels());
  }

  /**
   * One frame's stacks, newest on top, a fingerprint of the state they lead to, and whether the
   * state at the bottom of the undo stack is "no human mask".
   */
  private static final class FrameHistory {
    final Deque<MaskEdit> undo = new ArrayDeque<>();
    final Deque<MaskEdit> redo = new ArrayDeque<>();
    int stateHash;
    boolean startsWithoutHumanMask;
  }
}
