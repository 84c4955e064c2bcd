package org.inbetween.app.labeling;

import java.time.Instant;
import java.util.Arrays;
import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import org.inbetween.app.project.AbsentMark;
import org.inbetween.app.project.FrameRecord;
import org.inbetween.app.project.FrameState;
import org.inbetween.app.project.HumanLabel;
import org.inbetween.app.project.HumanOrigin;
import org.inbetween.app.project.MachineLayer;
import org.inbetween.app.project.Project;
import org.inbetween.app.project.Provenance;
import org.inbetween.app.project.store.ProjectStore;

/**
 * The machine-made frames whose keyframes have changed since they were made, each with the reason,
 * worked out from what the project already records: a pseudo-label's provenance names the keyframes
 * it was made from ({@code keyframes}) and when, a human mask says when it was written.
 *
 * <p>A pseudo-labelled or rejected frame is stale when a keyframe it came from was redrawn or
 * removed, or when a person drew a mask between it and those keyframes (or, for a frame filled from
 * one side, anywhere beyond its keyframe): that new keyframe is nearer ground truth than what the
 * frame was made from. An accepted frame is stale only when a keyframe it came from was redrawn or
 * removed; a keyframe added nearby does not make a mask a reviewer looked at wrong. Staleness
 * spreads: a frame made from an accepted frame that is stale is stale too. Accepted masks are human
 * work: a run takes them back to review with the reason ({@code Decision.reopen}), never replaces
 * them silently.
 */
public final class StaleFrames {
  private final Map<Integer, String> reasons;

  private StaleFrames(Map<Integer, String> reasons) {
    this.reasons = Collections.unmodifiableMap(reasons);
  }

  /** The stale frames of the store's project now. */
  public static StaleFrames of(ProjectStore store) {
    Project project = store.project();
    Map<Integer, Made> made = new TreeMap<>();
    for (FrameRecord record : project.frames().values()) {
      madeFrom(store, record).ifPresent(m -> made.put(record.frame(), m));
    }
    TreeSet<Integer> drawn = drawnFrames(project);
    Map<Integer, String> reasons = new TreeMap<>();
    boolean grew = true;
    while (grew) { // staleness spreads through accepted frames used as keyframes
      grew = false;
      for (Map.Entry<Integer, Made> entry : made.entrySet()) {
        int frame = entry.getKey();
        if (!reasons.containsKey(frame)) {
          Optional<String> reason = entry.getValue().staleReason(project, frame, drawn, reasons);
          if (reason.isPresent()) {
            reasons.put(frame, reason.get());
            grew = true;
          }
        }
      }
    }
    return new StaleFrames(reasons);
  }

  public boolean contains(int frame) {
    return reasons.containsKey(frame);
  }

  /** Why {@code frame} is stale, e.g. "keyframe 40 was redrawn"; empty if it is not. */
  public Optional<String> reason(int frame) {
    return Optional.ofNullable(reasons.get(frame));
  }

  /** Stale frames and their reasons, ascending. */
  public Map<Integer, String> reasons() {
    return reasons;
  }

  public boolean isEmpty() {
    return reasons.isEmpty();
  }

  /** The frames whose human mask a person drew or corrected (not accepted), ascending. */
  private static TreeSet<Integer> drawnFrames(Project project) {
    TreeSet<Integer> drawn = new TreeSet<>();
    for (FrameRecord record : project.frames().values()) {
      if (record.humanLabel().filter(h -> h.origin() != HumanOrigin.ACCEPTED).isPresent()) {
        drawn.add(record.frame());
      }
    }
    return drawn;
  }

  /** What a machine-made frame was made from, if the project records it. */
  private static Optional<Made> madeFrom(ProjectStore store, FrameRecord record) {
    Provenance provenance;
    if (record.state() == FrameState.ACCEPTED) {
      provenance = record.humanLabel().flatMap(HumanLabel::machineOrigin).orElse(null);
    } else if (record.humanLabel().isEmpty()) {
      provenance = store.machineProvenance(MachineLayer.pseudo(), record.frame()).orElse(null);
    } else {
      return Optional.empty();
    }
    if (provenance == null || !provenance.parameters().containsKey(PseudoLabelJob.KEYFRAMES)) {
      return Optional.empty();
    }
    int[] keyframes =
        Arrays.stream(provenance.parameters().get(PseudoLabelJob.KEYFRAMES).split(","))
            .mapToInt(text -> Integer.parseInt(text.trim()))
            .toArray();
    return Optional.of(
        new Made(keyframes, provenance.time(), record.state() == FrameState.ACCEPTED));
  }

  /** A frame's sources: its keyframes, when it was made, and whether a reviewer accepted it. */
  private record Made(int[] keyframes, Instant time, boolean accepted) {
    Optional<String> staleReason(
        Project project, int frame, TreeSet<Integer> drawn, Map<Integer, String> stale) {
      for (int keyframe : keyframes) {
        FrameRecord source = project.frame(keyframe);
        if (source.humanLabel().isEmpty()) {
          return Optional.of("keyframe " + keyframe + " was removed");
        }
        if (lastHumanChange(source).isAfter(time)) {
          return Optional.of("keyframe " + keyframe + " was redrawn");
        }
      }
      for (int keyframe : keyframes) {
        if (stale.containsKey(keyframe)) {
          return Optional.of("accepted frame " + keyframe + " it came from is stale");
        }
      }
      if (accepted) {
        return Optional.empty();
      }
      return addedKeyframe(project.frameCount(), frame, drawn)
          .map(added -> "keyframe " + added + " was added");
    }

    /**
     * A frame a person drew (not accepted) that lies where the frame's sources should have included
     * it: between its two keyframes, or beyond the one keyframe it was filled from.
     */
    private Optional<Integer> addedKeyframe(int frameCount, int frame, TreeSet<Integer> drawn) {
      int low;
      int high;
      if (keyframes.length == 2) {
        low = Math.min(keyframes[0], keyframes[1]);
        high = Math.max(keyframes[0], keyframes[1]);
      } else {
        boolean after = frame > keyframes[0];
        low = after ? keyframes[0] : -1;
        high = after ? frameCount : keyframes[0];
      }
      Integer first = drawn.higher(low); // the frame itself is machine-made, never drawn
      return first != null && first < high ? Optional.of(first) : Optional.empty();
    }

    /** When a person last changed the frame: its human mask or an absent mark. */
    private static Instant lastHumanChange(FrameRecord record) {
      Instant latest = record.humanLabel().map(HumanLabel::time).orElse(Instant.MIN);
      for (AbsentMark mark : record.absent().values()) {
        if (mark.time().isAfter(latest)) {
          latest = mark.time();
        }
      }
      return latest;
    }
  }
}
