package org.inbetween.app.project.store;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.inbetween.app.project.AbsentMark;
import org.inbetween.app.project.Decision;
import org.inbetween.app.project.FrameState;
import org.inbetween.app.project.HumanLabel;
import org.inbetween.app.project.MachineLayer;
import org.inbetween.app.project.Project;
import org.inbetween.app.project.Provenance;
import org.inbetween.app.project.Review;
import org.inbetween.app.project.SourceRef;
import org.inbetween.app.project.TrackedObject;
import org.inbetween.models.flow.FlowPreset;
import org.inbetween.models.pseudo.GeneratorSettings;

/**
 * The project as it stands after the last applied edit: what project.json and the layer files hold,
 * plus the masks whose PNG files a checkpoint has not written yet.
 *
 * <p>Only {@link Edit}s change it, through the {@code apply...} methods, and these never fail:
 * every check happens before an edit is journaled. Replay on open therefore rebuilds exactly the
 * state the running program had.
 */
final class ProjectState {
  /** The name project.json holds; null in a project made before names (then {@link #folder}). */
  String name;

  /** The name of a project whose file holds none: its folder's; not written to project.json. */
  String folder = "project";

  SourceRef source;
  int frameCount;
  double fps;
  int width;
  int height;

  /** The clockwise quarter turn the video's pictures get; 0 in files from before rotation. */
  int sourceRotation;

  int keyframeInterval;

  /** The project's optical flow: the generators' default in files from before the setting. */
  FlowPreset flowPreset = GeneratorSettings.defaults().preset();

  int nextObjectId = 1;

  /** Sequence number of the last edit applied. */
  long seq;

  /**
   * The last sequence number journal.log held when the snapshot was taken: the journal may never
   * end before it, or edits were lost outside the program (a deleted or cut file).
   */
  long journalEnd;

  final TreeMap<Integer, TrackedObject> liveObjects = new TreeMap<>();
  final TreeMap<Integer, TrackedObject> deletedObjects = new TreeMap<>();
  final TreeMap<Integer, FrameData> frames = new TreeMap<>();

  /**
   * Keyframe marks, as in {@link Project#addedKeyframes()} and {@link Project#removedKeyframes()}.
   */
  final TreeSet<Integer> addedKeyframes = new TreeSet<>();

  final TreeSet<Integer> removedKeyframes = new TreeSet<>();

  /** Every machine mask that exists, with its provenance. */
  final TreeMap<MaskSlot, Provenance> machine = new TreeMap<>();

  /** Masks newer than their PNG file; a checkpoint writes and forgets them. */
  final Map<MaskSlot, MaskBytes> pending = new HashMap<>();

  /** Human masks that were cleared; a checkpoint deletes their PNG files and forgets them. */
  final Set<MaskSlot> cleared = new HashSet<>();

  private Project snapshot;

  Project project() {
    if (snapshot == null) {
      TreeMap<Integer, org.inbetween.app.project.FrameRecord> records = new TreeMap<>();
      frames.forEach((f, data) -> records.put(f, data.toRecord()));
      snapshot =
          new Project(
              name != null ? name : folder,
              source,
              frameCount,
              fps,
              width,
              height,
              sourceRotation,
              keyframeInterval,
              addedKeyframes,
              removedKeyframes,
              flowPreset,
              List.copyOf(liveObjects.values()),
              deletedObjects.keySet(),
              records);
    }
    return snapshot;
  }

  FrameData frame(int frame) {
    return frames.computeIfAbsent(frame, FrameData::new);
  }

  /** The frame's data if anything happened on it, else null; does not create an entry. */
  FrameData existingFrame(int frame) {
    return frames.get(frame);
  }

  Set<MachineLayer> machineLayers() {
    Set<MachineLayer> layers = new TreeSet<>((a, b) -> a.folder().compareTo(b.folder()));
    machine.keySet().forEach(slot -> layers.add(new MachineLayer(slot.folder())));
    return layers;
  }

  void applyAddObject(TrackedObject object) {
    liveObjects.put(object.id(), object);
    nextObjectId = Math.max(nextObjectId, object.id() + 1);
    changed();
  }

  void applyReplaceObject(TrackedObject object) {
    liveObjects.put(object.id(), object);
    changed();
  }

  /** Retires the id; its pixels stay in the PNG files but read back as background. */
  void applyDeleteObject(int id) {
    deletedObjects.put(id, liveObjects.remove(id));
    frames.values().forEach(f -> f.absent.remove(id));
    changed();
  }

  void applyHumanMask(int frame, MaskBytes mask, HumanLabel label) {
    FrameData data = frame(frame);
    putHuman(data, mask, label);
    data.state = Transitions.afterHumanEdit(data.state);
    changed();
  }

  void applyMarkAbsent(int frame, AbsentMark mark) {
    FrameData data = frame(frame);
    data.absent.put(mark.objectId(), mark);
    data.state = Transitions.afterHumanEdit(data.state);
    changed();
  }

  /** Withdraws an absent mark; a keyframe left with no human content is unlabelled again. */
  void applyClearAbsent(int frame, int objectId) {
    FrameData data = frame(frame);
    data.absent.remove(objectId);
    if (data.state == FrameState.KEYFRAME && !data.hasHumanContent()) {
      data.state = FrameState.UNLABELLED;
    }
    forgetIfUntouched(data);
    changed();
  }

  /**
   * Removes the frame's human mask; {@code after} is the state {@link Transitions} chose when the
   * edit was made (the journal line records it, so replay never consults a later machine layer).
   */
  void applyClearHumanMask(int frame, FrameState after) {
    FrameData data = frame(frame);
    removeHuman(data);
    data.state = after;
    forgetIfUntouched(data);
    changed();
  }

  /** Takes the frame's human mask off; its PNG file is deleted at the next checkpoint. */
  private void removeHuman(FrameData data) {
    MaskSlot slot = MaskSlot.human(data.frame);
    pending.remove(slot);
    cleared.add(slot);
    data.human = null;
  }

  void applyMachineMask(MaskSlot slot, MaskBytes mask, Provenance provenance) {
    pending.put(slot, mask);
    machine.put(slot, provenance);
    if (slot.equals(MaskSlot.pseudo(slot.frame()))) {
      FrameData data = frame(slot.frame());
      data.state = Transitions.afterPseudoLabel(data.state);
    }
    changed();
  }

  /** A review; {@code mask} and {@code label} are the new human mask, or null for a rejection. */
  void applyReview(int frame, Review review, MaskBytes mask, HumanLabel label) {
    FrameData data = frame(frame);
    if (mask != null) {
      putHuman(data, mask, label);
    }
    if (review.decision() == Decision.Kind.REOPEN) {
      removeHuman(data);
    }
    data.reviews.add(review);
    data.state = Transitions.after(review.decision());
    changed();
  }

  void applyRename(String newName) {
    name = newName;
    changed();
  }

  void applyKeyframeInterval(int interval) {
    keyframeInterval = interval;
    changed();
  }

  void applyFlowPreset(FlowPreset preset) {
    flowPreset = preset;
    changed();
  }

  /**
   * Makes {@code frame} a keyframe slot or takes it out of the slots, keeping only the marks that
   * differ from the l-grid: marking a grid slot, or unmarking a frame off the grid, just withdraws
   * an earlier mark.
   */
  void applyKeyframeMark(int frame, boolean slot) {
    boolean onGrid = frame % keyframeInterval == 0;
    addedKeyframes.remove(frame);
    removedKeyframes.remove(frame);
    if (slot && !onGrid) {
      addedKeyframes.add(frame);
    } else if (!slot && onGrid) {
      removedKeyframes.add(frame);
    }
    changed();
  }

  /** Painting an object is a statement that it is present: its absent mark goes. */
  private void putHuman(FrameData data, MaskBytes mask, HumanLabel label) {
    pending.put(MaskSlot.human(data.frame), mask);
    cleared.remove(MaskSlot.human(data.frame));
    data.human = label;
    for (int id : mask.toLabelMask(data.frame).objectIds()) {
      data.absent.remove(id);
    }
  }

  /** A frame with nothing left on it is listed nowhere, exactly as after a reopen. */
  private void forgetIfUntouched(FrameData data) {
    if (data.isUntouched()) {
      frames.remove(data.frame);
    }
  }

  private void changed() {
    snapshot = null;
  }
}
