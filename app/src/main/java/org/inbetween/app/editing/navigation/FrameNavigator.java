package org.inbetween.app.editing.navigation;

import java.util.Objects;
import java.util.OptionalInt;
import java.util.function.IntPredicate;
import org.inbetween.app.project.FrameRecord;
import org.inbetween.app.project.FrameState;
import org.inbetween.app.project.Project;

/**
 * Finds where a {@link Jump} lands from a frame, on one project snapshot. Plain Java, so the rules
 * are tested without a window.
 *
 * <p>A <em>keyframe</em> is a keyframe slot (the l-grid with the annotator's marks, {@link
 * KeyframeSlots}) or a frame in state KEYFRAME (a person painted it or marked an object absent,
 * even off the grid). An <em>unlabelled slot</em> is a slot without human truth: UNLABELLED, or a
 * pseudo-label (reviewed or not) that no person has confirmed — after l shrinks, slots that the
 * machine filled in still want a human keyframe. Scans cost O(frames) at worst: microseconds for
 * 20,000 frames, so nothing is cached.
 *
 * <pre>{@code
 * FrameNavigator nav = new FrameNavigator(store.project(), KeyframeSlots.of(store.project()));
 * nav.find(Jump.NEXT_UNREVIEWED, 120).ifPresent(frame -> session.currentFrameProperty().set(frame));
 * }</pre>
 */
public final class FrameNavigator {
  private final Project project;
  private final KeyframeSlots slots;

  public FrameNavigator(Project project, KeyframeSlots slots) {
    this.project = Objects.requireNonNull(project, "project");
    this.slots = Objects.requireNonNull(slots, "slots");
  }

  /** Where {@code jump} lands from {@code from}; empty when there is no such frame that way. */
  public OptionalInt find(Jump jump, int from) {
    Objects.checkIndex(from, project.frameCount());
    return switch (jump) {
      case NEXT_KEYFRAME -> scan(from + 1, 1, this::isKeyframe);
      case PREVIOUS_KEYFRAME -> scan(from - 1, -1, this::isKeyframe);
      case NEXT_UNLABELLED_SLOT -> scan(from + 1, 1, this::isUnlabelledSlot);
      case NEXT_UNREVIEWED -> nextIn(FrameState.PSEUDO_LABELLED, from);
      case NEXT_REJECTED -> nextIn(FrameState.REJECTED, from);
    };
  }

  /** True for a keyframe slot or a frame a person labelled as a keyframe. */
  public boolean isKeyframe(int frame) {
    return isKeyframe(slots, frame, project.frame(frame).state());
  }

  /** The keyframe rule for callers that hold the frame's state already (the timeline's lanes). */
  public static boolean isKeyframe(KeyframeSlots slots, int frame, FrameState state) {
    return slots.isSlot(frame) || state == FrameState.KEYFRAME;
  }

  /** True for a keyframe slot that no person has labelled yet. */
  public boolean isUnlabelledSlot(int frame) {
    return slots.isSlot(frame) && !project.frame(frame).state().isHumanTruth();
  }

  private OptionalInt scan(int start, int step, IntPredicate wanted) {
    for (int f = start; f >= 0 && f < project.frameCount(); f += step) {
      if (wanted.test(f)) {
        return OptionalInt.of(f);
      }
    }
    return OptionalInt.empty();
  }

  /** Only touched frames can be in a state other than UNLABELLED: walk the sparse map. */
  private OptionalInt nextIn(FrameState state, int from) {
    for (FrameRecord record : project.frames().tailMap(from, false).values()) {
      if (record.state() == state) {
        return OptionalInt.of(record.frame());
      }
    }
    return OptionalInt.empty();
  }
}
