package org.inbetween.models.metrics.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.inbetween.models.image.LabelMask;
import org.inbetween.models.metrics.BoundaryAccuracy;
import org.inbetween.models.metrics.DavisStatistics;
import org.inbetween.models.metrics.RegionSimilarity;
import org.inbetween.models.metrics.SaliencyInputs;
import org.inbetween.models.metrics.SaliencyMeter;

/**
 * Accumulates one sequence, frame by frame, into a {@link SequenceResult}.
 *
 * <p>Every object id that appears in any ground-truth frame of the sequence is evaluated on every
 * frame, as DAVIS does: on a frame where neither the truth nor the prediction holds the object, J =
 * F = 1. Predicted ids that never appear in the truth have no J or F (DAVIS ignores them too), but
 * they do count as foreground for the saliency metrics. A sequence whose truth is empty throughout
 * is scored as object 1. Only the J and F values and the saliency sums are kept, not the masks.
 */
public final class SequenceEvaluation {
  private final String name;
  private final Map<Integer, Map<Integer, double[]>> scoresByObject = new TreeMap<>();
  private final TreeSet<Integer> truthObjects = new TreeSet<>();
  private final SaliencyMeter saliency = new SaliencyMeter();
  private int frames;

  public SequenceEvaluation(String name) {
    this.name = name;
  }

  /** Adds the next frame; the masks must have the same size. */
  public void add(LabelMask truth, Prediction prediction) {
    LabelMask predicted = prediction.labels();
    TreeSet<Integer> present = new TreeSet<>();
    for (int id : truth.objectIds()) {
      present.add(id);
      truthObjects.add(id);
    }
    for (int id : predicted.objectIds()) {
      present.add(id);
    }
    for (int id : present) {
      double[] jf = {
        RegionSimilarity.jaccard(predicted, truth, id),
        BoundaryAccuracy.fMeasure(predicted, truth, id)
      };
      scoresByObject.computeIfAbsent(id, k -> new TreeMap<>()).put(frames, jf);
    }
    saliency.add(
        SaliencyInputs.prediction(prediction.gray8()),
        SaliencyInputs.truth(truth),
        truth.width(),
        truth.height());
    frames++;
  }

  /** The saliency accumulator, to pool frames across sequences. */
  SaliencyMeter saliency() {
    return saliency;
  }

  public SequenceResult result() {
    List<ObjectResult> objects = new ArrayList<>();
    for (int id : truthObjects.isEmpty() ? List.of(1) : truthObjects) {
      Map<Integer, double[]> scores = scoresByObject.getOrDefault(id, Map.of());
      double[] j = new double[frames];
      double[] f = new double[frames];
      for (int frame = 0; frame < frames; frame++) {
        double[] jf = scores.getOrDefault(frame, new double[] {1, 1});
        j[frame] = jf[0];
        f[frame] = jf[1];
      }
      objects.add(new ObjectResult(name, id, DavisStatistics.of(j), DavisStatistics.of(f), j));
    }
    return new SequenceResult(
        name,
        frames,
        objects,
        saliency.scores(),
        saliency.precisionCurve(),
        saliency.recallCurve());
  }
}
