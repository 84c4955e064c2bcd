package org.inbetween.app.quality;

import java.util.List;
import java.util.Optional;
import java.util.function.ToDoubleFunction;

/**
 * The leave-one-out score of one human keyframe m: its mask predicted from the human keyframes i
 * and j around it (i &lt; m &lt; j) and compared with what the person drew. It estimates how good
 * the pseudo-labels of the gaps (i, m) and (m, j) are, as if they were one gap of twice the length:
 * a pessimistic but comparable figure.
 *
 * @param frame m, the keyframe left out
 * @param before i, the human keyframe before it
 * @param after j, the human keyframe after it
 * @param objects per-object J and F, ascending id; empty when no object is on i, m or j
 */
public record KeyframeEstimate(int frame, int before, int after, List<ObjectScore> objects) {
  public KeyframeEstimate {
    objects = List.copyOf(objects);
  }

  /** Mean J over the objects; 1 when there is no object to predict (nothing there, none drawn). */
  public double j() {
    return mean(ObjectScore::j);
  }

  /** Mean F over the objects; 1 when there is no object. */
  public double f() {
    return mean(ObjectScore::f);
  }

  /** The score of object {@code id}, if it was scored here. */
  public Optional<ObjectScore> object(int id) {
    return objects.stream().filter(o -> o.objectId() == id).findFirst();
  }

  private double mean(ToDoubleFunction<ObjectScore> value) {
    return objects.stream().mapToDouble(value).average().orElse(1);
  }
}
