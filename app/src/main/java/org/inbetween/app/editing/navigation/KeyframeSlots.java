package org.inbetween.app.editing.navigation;

import java.util.Collections;
import java.util.NavigableSet;
import java.util.TreeSet;
import org.inbetween.app.project.Project;

/**
 * The frames a project designates for human labelling: every l-th frame (0, l, 2l, ...), plus the
 * frames an annotator marked as extra keyframes, minus the grid slots an annotator unmarked (a
 * blurry frame, a cut). A value taken from one project snapshot; the marks themselves are kept,
 * journaled and replayed by the project store.
 *
 * <pre>{@code
 * KeyframeSlots slots = KeyframeSlots.of(store.project()); // l = 5, frame 7 marked, 10 unmarked
 * slots.isSlot(7);  // true: marked by hand
 * slots.isSlot(10); // false: unmarked grid slot
 * }</pre>
 *
 * @param interval l, at least 1
 * @param added frames marked as keyframe slots: slots whatever l is
 * @param removed frames unmarked: never slots, even on the grid
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

  /** The project's slots: its l-grid with the marks it keeps. */
  public static KeyframeSlots of(Project project) {
    return new KeyframeSlots(
        project.keyframeInterval(), project.addedKeyframes(), project.removedKeyframes());
  }

  /** The same rule as {@link Project#isKeyframeSlot}, on these marks. */
  public boolean isSlot(int frame) {
    return frame % interval == 0 ? !removed.contains(frame) : added.contains(frame);
  }
}
