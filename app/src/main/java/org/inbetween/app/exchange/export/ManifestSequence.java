package org.inbetween.app.exchange.export;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.inbetween.app.exchange.dataset.DatasetObject;

/**
 * The manifest's record of one exported sequence.
 *
 * @param name the sequence name in the dataset
 * @param split "train", "val" or ""
 * @param width exported frame width
 * @param height exported frame height
 * @param fps frame rate of the project
 * @param keyframeInterval l, the project's keyframe spacing
 * @param objects the objects by ascending id
 * @param frames one record per frame with a label or an excluded label, ascending
 */
public record ManifestSequence(
    String name,
    String split,
    int width,
    int height,
    double fps,
    int keyframeInterval,
    List<DatasetObject> objects,
    List<ManifestFrame> frames) {
  public ManifestSequence {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(split, "split");
    objects = List.copyOf(objects);
    frames = List.copyOf(frames);
  }

  /** Frames per source, every source listed (zero included) so counts read the same everywhere. */
  public Map<LabelSource, Integer> counts() {
    Map<LabelSource, Integer> counts = new EnumMap<>(LabelSource.class);
    for (LabelSource source : LabelSource.values()) {
      counts.put(source, 0);
    }
    frames.forEach(f -> counts.merge(f.source(), 1, Integer::sum));
    return counts;
  }
}
