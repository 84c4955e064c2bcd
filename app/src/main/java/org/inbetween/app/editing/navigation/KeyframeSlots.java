package org.inbetween.app.editing.navigation;

import java.util.Collections;
import java.util.NavigableSet;
import java.util.TreeSet;
import org.inbetween.app.project.Project;

/**
 * The frames a project designates for human labelling: every l-th frame (0, l, 2l, ...), plus the
 * frames an annotator marked as extra keyframes, minus the grid slots an annotator unmarked (a
 * blurry frame, a cut). A value; marking returns a new one.
 *
 * <pre>{@code
 * KeyframeSlots slots = KeyframeSlots.grid(5).marked(7).unmarked(10);
 * slots.isSlot(7);  // true: marked by hand
 * slots.isSlot(10); // false: unmarked grid slot
 * }</pre>
 *
 * @param interval l, at least 1
 * @param added frames marked as keyframe slots off the grid
 * @param removed grid slots an annotator unmarked
 */
public record KeyframeSlots(
    int interval, NavigableSet<Integer> added, NavigableSet<Integer> removed) {
  public KeyframeSlots {
    if (interval < 1) {
      throw new IllegalArgumentException("keyframe interval must be >= 1, was " + interval);
    }
    added = Collections.unmodifiableNavigableSet(new TreeSet<>(added));
    removed = Collections.unmodifiableNavigableSet(new TreeSet<>(removed));
  }

  /** Only the grid: frames 0, l, 2l, ... */
  public static KeyframeSlots grid(int interval) {
    return new KeyframeSlots(interval, new TreeSet<>(), new TreeSet<>());
  }

  /** The project's grid ({@link Project#isKeyframeSlot}), without hand-made marks. */
  public static KeyframeSlots of(Project project) {
    return grid(project.keyframeInterval());
  }

  /** The same marks over another interval (after the annotator changed l). */
  public KeyframeSlots withInterval(int l) {
    return new KeyframeSlots(l, added, removed);
  }

  public boolean isSlot(int frame) {
    return onGrid(frame) ? !removed.contains(frame) : added.contains(frame);
  }

  /** These slots with {@code frame} made a keyframe slot. */
  public KeyframeSlots marked(int frame) {
    return edit(frame, true);
  }

  /** These slots with {@code frame} no longer a keyframe slot. */
  public KeyframeSlots unmarked(int frame) {
    return edit(frame, false);
  }

  private boolean onGrid(int frame) {
    return frame % interval == 0;
  }

  private KeyframeSlots edit(int frame, boolean slot) {
    if (frame < 0) {
      throw new IllegalArgumentException("frame must be >= 0, was " + frame);
    }
    TreeSet<Integer> plus = new TreeSet<>(added);
    TreeSet<Integer> minus = new TreeSet<>(removed);
    plus.remove(frame);
    minus.remove(frame);
    if (onGrid(frame) && !slot) {
      minus.add(frame);
    } else if (!onGrid(frame) && slot) {
      plus.add(frame);
    }
    return new KeyframeSlots(interval, plus, minus);
  }
}
