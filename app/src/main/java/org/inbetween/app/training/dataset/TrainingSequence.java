package org.inbetween.app.training.dataset;

import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.inbetween.app.exchange.dataset.DatasetObject;

/**
 * One exported sequence as training sees it: which split it belongs to and what every frame is
 * worth.
 *
 * @param name the sequence name, unique over every export of a {@link ExportTrainingSet}
 * @param split the manifest's split: "train", "val", or "" (trained on, like "train")
 * @param export the export's root folder
 * @param width frame width
 * @param height frame height
 * @param objects the objects the manifest lists, by ascending id
 * @param frames every frame, by index
 */
public record TrainingSequence(
    String name,
    String split,
    Path export,
    int width,
    int height,
    List<DatasetObject> objects,
    List<TrainingFrame> frames) {
  /** The manifest's split that makes a sequence a validation sequence. */
  public static final String VALIDATION_SPLIT = "val";

  public TrainingSequence {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(split, "split");
    objects = List.copyOf(objects);
    frames = List.copyOf(frames);
    for (int i = 0; i < frames.size(); i++) {
      if (frames.get(i).index() != i) {
        throw new IllegalArgumentException(name + ": frame " + i + " is out of order");
      }
    }
  }

  /** True for the manifest's val split; "train" and "" sequences are trained on. */
  public boolean isValidation() {
    return split.equals(VALIDATION_SPLIT);
  }

  public int frameCount() {
    return frames.size();
  }

  public TrainingFrame frame(int index) {
    return frames.get(index);
  }

  /** The frames whose masks may be targets, ascending. */
  public List<TrainingFrame> targets() {
    return frames.stream().filter(TrainingFrame::hasTarget).toList();
  }

  /** Frames per role, every role listed (zero included). */
  public Map<FrameRole, Integer> roleCounts() {
    Map<FrameRole, Integer> counts = new EnumMap<>(FrameRole.class);
    for (FrameRole role : FrameRole.values()) {
      counts.put(role, 0);
    }
    frames.forEach(f -> counts.merge(f.role(), 1, Integer::sum));
    return counts;
  }
}
