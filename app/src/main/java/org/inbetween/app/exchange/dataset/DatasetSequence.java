package org.inbetween.app.exchange.dataset;

import java.util.List;
import java.util.Objects;

/**
 * One video of a dataset: its name (already checked to be a safe folder name), frame geometry and
 * rate, objects, and which split it belongs to.
 *
 * @param name the sequence folder name, e.g. "bus"
 * @param width frame width after any resize
 * @param height frame height after any resize
 * @param fps frames per second
 * @param objects the objects, by ascending id (ids are kept as they are)
 * @param split "train", "val" or "" when the export makes no split
 */
public record DatasetSequence(
    String name, int width, int height, double fps, List<DatasetObject> objects, String split) {
  public DatasetSequence {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(split, "split");
    objects = List.copyOf(objects);
  }
}
