package org.inbetween.app.project;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.NavigableMap;
import java.util.NavigableSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.inbetween.models.flow.FlowPreset;
import org.inbetween.models.pseudo.GeneratorSettings;

/**
 * An immutable snapshot of a project's metadata: source, geometry, objects and per-frame states.
 * Mask pixels are read through the store. Taking a snapshot is cheap after the first call following
 * an edit, so views may ask for one whenever they repaint.
 *
 * @param name what people call the project, and its sequence's name in exports ({@link
 *     ProjectNames})
 * @param source where the frames come from
 * @param frameCount number of frames
 * @param fps frames per second of the source
 * @param width frame width in pixels; every mask must have it
 * @param height frame height in pixels; every mask must have it
 * @param sourceRotation the clockwise quarter turn applied to the video's pictures (0, 90, 180,
 *     270); width and height are after it, and so is every mask
 * @param keyframeInterval l: a keyframe is suggested every l-th frame
 * @param addedKeyframes frames a person marked as keyframe slots: slots whatever l is
 * @param removedKeyframes frames a person unmarked: never slots, even on the l-grid; no frame is in
 *     both sets
 * @param flowPreset the optical flow the project's pseudo-label, adapt and quality jobs compute
 *     (DIS ULTRAFAST by default; MEDIUM is the most accurate and about half the speed)
 * @param objects the live objects, by ascending id (deleted ones are left out)
 * @param deletedObjectIds ids deleted earlier; never handed out again
 * @param frames the frames that are not {@link FrameRecord#untouched untouched}, by index
 */
public record Project(
    String name,
    SourceRef source,
    int frameCount,
    double fps,
    int width,
    int height,
    int sourceRotation,
    int keyframeInterval,
    NavigableSet<Integer> addedKeyframes,
    NavigableSet<Integer> removedKeyframes,
    FlowPreset flowPreset,
    List<TrackedObject> objects,
    Set<Integer> deletedObjectIds,
    NavigableMap<Integer, FrameRecord> frames) {
  public Project {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(flowPreset, "flowPreset");
    addedKeyframes = Collections.unmodifiableNavigableSet(new TreeSet<>(addedKeyframes));
    removedKeyframes = Collections.unmodifiableNavigableSet(new TreeSet<>(removedKeyframes));
    objects = List.copyOf(objects);
    deletedObjectIds = Set.copyOf(deletedObjectIds);
    frames = Collections.unmodifiableNavigableMap(new TreeMap<>(frames));
  }

  /** The generators' default settings with the project's optical flow: what its jobs start from. */
  public GeneratorSettings flowSettings() {
    return GeneratorSettings.defaults().withPreset(flowPreset);
  }

  /** The record of {@code frame}; untouched frames get an UNLABELLED record. */
  public FrameRecord frame(int frame) {
    Objects.checkIndex(frame, frameCount);
    FrameRecord record = frames.get(frame);
    return record != null ? record : FrameRecord.untouched(frame);
  }

  public Optional<TrackedObject> object(int id) {
    return objects.stream().filter(o -> o.id() == id).findFirst();
  }

  /** Indices of the frames in any of {@code states}, ascending. */
  public List<Integer> framesIn(FrameState first, FrameState... more) {
    Set<FrameState> wanted = EnumSet.of(first, more);
    List<Integer> out = new ArrayList<>();
    if (wanted.contains(FrameState.UNLABELLED)) {
      for (int f = 0; f < frameCount; f++) {
        if (wanted.contains(frame(f).state())) {
          out.add(f);
        }
      }
      return out;
    }
    frames.values().stream()
        .filter(r -> wanted.contains(r.state()))
        .forEach(r -> out.add(r.frame()));
    return out;
  }

  /**
   * True for the frames the project asks a person to label: 0, l, 2l, ... without the ones a person
   * unmarked, plus the ones a person marked (a cut, a fast motion between two grid slots).
   */
  public boolean isKeyframeSlot(int frame) {
    return frame % keyframeInterval == 0
        ? !removedKeyframes.contains(frame)
        : addedKeyframes.contains(frame);
  }
}
