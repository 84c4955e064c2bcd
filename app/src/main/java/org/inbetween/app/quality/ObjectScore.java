package org.inbetween.app.quality;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.TreeSet;
import org.inbetween.models.image.LabelMask;
import org.inbetween.models.metrics.BoundaryAccuracy;
import org.inbetween.models.metrics.RegionSimilarity;

/**
 * How well one object of a predicted frame matches the human mask: DAVIS J (region IoU) and F
 * (boundary accuracy at the default tolerance).
 *
 * @param objectId the object
 * @param j region similarity in [0, 1]
 * @param f boundary accuracy in [0, 1]
 */
public record ObjectScore(int objectId, double j, double f) {
  /** The scores of {@code ids} (ascending) between a predicted and a true label mask. */
  public static List<ObjectScore> of(
      LabelMask predicted, LabelMask truth, Collection<Integer> ids) {
    List<ObjectScore> scores = new ArrayList<>();
    for (int id : new TreeSet<>(ids)) {
      scores.add(
          new ObjectScore(
              id,
              RegionSimilarity.jaccard(predicted, truth, id),
              BoundaryAccuracy.fMeasure(predicted, truth, id)));
    }
    return scores;
  }
}
