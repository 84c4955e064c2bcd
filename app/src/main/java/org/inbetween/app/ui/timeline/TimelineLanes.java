package org.inbetween.app.ui.timeline;

import java.util.List;
import org.inbetween.app.editing.navigation.FrameNavigator;
import org.inbetween.app.editing.navigation.KeyframeSlots;
import org.inbetween.app.labeling.StaleFrames;
import org.inbetween.app.project.FrameRecord;
import org.inbetween.app.project.FrameState;
import org.inbetween.app.project.Project;
import org.inbetween.app.project.TrackedObject;

/**
 * What each lane shows on each frame, as one byte per frame: built once per edit from the project
 * snapshot alone (no mask is read), so a 20,000-frame project costs a few arrays of 20 KB and a
 * pass over its touched frames.
 *
 * <p>Object lanes say what is <em>known</em> per frame and object: a human mask exists on the frame
 * and the object is not marked absent ({@link #HUMAN}), a pseudo-label awaits or failed review
 * ({@link #MACHINE}), or a person marked the object absent ({@link #ABSENT}). Whether the object
 * actually has pixels in that mask would need the PNG of every frame; the lanes do not claim it.
 */
final class TimelineLanes {
  static final byte TICK_NONE = 0;
  static final byte TICK_UNLABELLED = 1;
  static final byte TICK_LABELLED = 2;

  static final byte NOTHING = 0;
  static final byte MACHINE = 1;
  static final byte HUMAN = 2;
  static final byte ABSENT = 3;

  private static final FrameState[] STATES = FrameState.values();

  final int frameCount;

  /** {@link FrameState#ordinal()} per frame. */
  final byte[] states;

  /** Keyframe slots and keyframes: {@link #TICK_NONE}, {@link #TICK_UNLABELLED}, labelled. */
  final byte[] ticks;

  final List<TrackedObject> objects;

  /** Per object (in {@link #objects} order), per frame: nothing, machine, human or absent. */
  final byte[][] presence;

  /** Pseudo-label confidence 0..1 per frame, NaN where unknown; null when no frame has one. */
  final double[] confidence;

  /** 1 where a frame's pseudo-label or acceptance is stale (a keyframe it came from changed). */
  final byte[] stale;

  private TimelineLanes(Project project, double[] confidence) {
    this.frameCount = project.frameCount();
    this.states = new byte[frameCount];
    this.ticks = new byte[frameCount];
    this.objects = project.objects();
    this.presence = new byte[objects.size()][frameCount];
    this.confidence = confidence;
    this.stale = new byte[frameCount];
  }

  /**
   * @param confidence per-frame confidence (see {@link #confidence}), or null for none
   * @param stale the frames a run would redo or take back to review
   */
  static TimelineLanes of(
      Project project, KeyframeSlots slots, double[] confidence, StaleFrames stale) {
    TimelineLanes lanes = new TimelineLanes(project, confidence);
    stale.reasons().keySet().forEach(frame -> lanes.stale[frame] = 1);
    for (FrameRecord record : project.frames().values()) {
      lanes.states[record.frame()] = (byte) record.state().ordinal();
      lanes.fillPresence(record);
    }
    for (int f = 0; f < lanes.frameCount; f++) {
      FrameState state = lanes.state(f);
      if (FrameNavigator.isKeyframe(slots, f, state)) {
        lanes.ticks[f] = state.isHumanTruth() ? TICK_LABELLED : TICK_UNLABELLED;
      }
    }
    return lanes;
  }

  FrameState state(int frame) {
    return STATES[states[frame]];
  }

  private void fillPresence(FrameRecord record) {
    FrameState state = record.state();
    boolean machine = state == FrameState.PSEUDO_LABELLED || state == FrameState.REJECTED;
    byte known = record.human() != null ? HUMAN : machine ? MACHINE : NOTHING;
    for (int i = 0; i < objects.size(); i++) {
      presence[i][record.frame()] = record.isAbsent(objects.get(i).id()) ? ABSENT : known;
    }
  }
}
