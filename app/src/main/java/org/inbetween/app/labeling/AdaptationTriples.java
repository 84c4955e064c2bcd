package org.inbetween.app.labeling;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.inbetween.app.project.FrameRecord;
import org.inbetween.app.project.Project;
import org.inbetween.app.project.TrackedObject;
import org.inbetween.app.project.store.ProjectStore;
import org.inbetween.app.video.FrameSource;
import org.inbetween.models.fgplg.ExampleBuilder;
import org.inbetween.models.fgplg.FgplgTriples;
import org.inbetween.models.fgplg.TrainingExample;
import org.inbetween.models.fgplg.Triple;
import org.inbetween.models.image.LabelMask;
import org.inbetween.models.image.SoftMask;
import org.inbetween.models.pseudo.GeneratorSettings;
import org.inbetween.models.pseudo.KeyframeMasks;

/**
 * What a project's own human masks offer for fine-tuning FGPLG: per object, the triples of three
 * consecutive human keyframes whose middle keyframe shows the object, that keyframe being the
 * target. The keyframes are the frames pseudo-labelling propagates from ({@link KeyframeGap}: any
 * human mask, drawn, accepted or corrected), so the network adapts to exactly the gaps it then
 * fills, at twice their width. An object marked absent, or not painted, on the middle keyframe
 * gives no target: "not visible" teaches the refiner nothing about a boundary.
 *
 * @param keyframes every frame with a human mask, in order
 * @param byObject the triples of each object that has any, by object id
 * @param mostKeyframesOfOneObject how many keyframes show the object seen on the most of them
 */
public record AdaptationTriples(
    List<Integer> keyframes, Map<Integer, List<Triple>> byObject, int mostKeyframesOfOneObject) {
  public AdaptationTriples {
    keyframes = List.copyOf(keyframes);
    byObject = Map.copyOf(byObject);
  }

  /** Reads the human layer once to see which keyframes show which objects. */
  public static AdaptationTriples read(ProjectStore store) throws IOException {
    Project project = store.project();
    List<Integer> keyframes = new ArrayList<>();
    Map<Integer, Set<Integer>> shownOn = new LinkedHashMap<>();
    project.objects().forEach(object -> shownOn.put(object.id(), new HashSet<>()));
    for (FrameRecord record : project.frames().values()) {
      if (record.humanLabel().isEmpty()) {
        continue;
      }
      keyframes.add(record.frame());
      LabelMask mask = human(store, record.frame());
      for (TrackedObject object : project.objects()) {
        if (!record.isAbsent(object.id()) && mask.area(object.id()) > 0) {
          shownOn.get(object.id()).add(record.frame());
        }
      }
    }
    List<Triple> all =
        FgplgTriples.fromKeyframes(keyframes.stream().mapToInt(Integer::intValue).toArray());
    Map<Integer, List<Triple>> byObject = new LinkedHashMap<>();
    int most = 0;
    for (Map.Entry<Integer, Set<Integer>> object : shownOn.entrySet()) {
      Set<Integer> frames = object.getValue();
      most = Math.max(most, frames.size());
      List<Triple> triples = all.stream().filter(t -> frames.contains(t.middle())).toList();
      if (!triples.isEmpty()) {
        byObject.put(object.getKey(), triples);
      }
    }
    return new AdaptationTriples(keyframes, byObject, most);
  }

  /** Triples over all objects. */
  public int size() {
    return byObject.values().stream().mapToInt(List::size).sum();
  }

  /**
   * The training examples of every triple, at {@code builder}'s size, with the flow {@code
   * settings} pseudo-labelling will use. Triples without an {@link ExampleBuilder#window} (a warped
   * keyframe misses the object) give none: the generator leaves such frames to the warp blend.
   */
  public List<TrainingExample> examples(
      ProjectStore store, FrameSource source, ExampleBuilder builder, GeneratorSettings settings)
      throws IOException {
    SourceFrames frames = new SourceFrames(source);
    List<TrainingExample> examples = new ArrayList<>();
    try {
      for (Map.Entry<Integer, List<Triple>> object : byObject.entrySet()) {
        int id = object.getKey();
        examples.addAll(
            builder.examples(
                frames, frame -> truth(store, frame, id), object.getValue(), settings));
      }
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
    return examples;
  }

  private static SoftMask truth(ProjectStore store, int frame, int objectId) {
    try {
      return KeyframeMasks.of(human(store, frame), objectId);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static LabelMask human(ProjectStore store, int frame) throws IOException {
    return store
        .humanMask(frame)
        .orElseThrow(() -> new IllegalStateException("keyframe " + frame + " lost its human mask"));
  }
}
