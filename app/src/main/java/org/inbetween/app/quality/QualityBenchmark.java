package org.inbetween.app.quality;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.inbetween.app.labeling.bench.DavisSequence;
import org.inbetween.app.labeling.bench.PseudoLabelBenchmark;
import org.inbetween.app.task.Progress;
import org.inbetween.models.image.LabelMask;
import org.inbetween.models.image.SoftMask;
import org.inbetween.models.metrics.RegionSimilarity;
import org.inbetween.models.pseudo.GeneratorFactory;
import org.inbetween.models.pseudo.GeneratorSettings;
import org.inbetween.models.pseudo.KeyframeMasks;
import org.inbetween.models.pseudo.PseudoLabelGenerator;

/**
 * Does the quality estimate rank frames as their true quality does? On a DAVIS sequence with
 * keyframes every l frames (ground truth on 0, l, 2l, … and the last frame, as {@link
 * PseudoLabelBenchmark} hides it), every generated frame gets its confidence, the leave-one-out J
 * it inherits ({@link InheritedLoo}) and each {@link EstimateRule}'s estimate; the figure is
 * Spearman's ρ between each estimate and the frame's true J (mean over the sequence's objects),
 * computed by {@link QualityBenchResult#of}.
 */
public final class QualityBenchmark {
  private final GeneratorSettings settings;

  public QualityBenchmark(GeneratorSettings settings) {
    this.settings = settings;
  }

  /** Scores the estimate on {@code sequence}; {@code progress} may cancel between frames. */
  public QualitySamples run(
      DavisSequence sequence, int interval, GeneratorFactory factory, Progress progress)
      throws IOException {
    int[] ids = sequence.objectIds();
    List<Integer> keyframes = PseudoLabelBenchmark.keyframes(sequence.frameCount(), interval);
    Map<Integer, Double> looJ = new HashMap<>();
    List<double[]> frames = new ArrayList<>(); // {true J, confidence, inherited LOO J}
    int total = (keyframes.size() - 2) + (sequence.frameCount() - keyframes.size());
    int done = 0;
    try (PseudoLabelGenerator generator = factory.create(k -> sequence.frames().get(k), settings)) {
      for (int g = 1; g + 1 < keyframes.size(); g++) {
        progress.checkCancelled();
        int before = keyframes.get(g - 1);
        int after = keyframes.get(g + 1);
        LabelMask truth = sequence.truth().get(keyframes.get(g));
        looJ.put(
            truth.frame(),
            LeaveOneOut.score(generator, before, after, sides(sequence, before, after, ids), truth)
                .j());
        progress.update(++done, total, "leave-one-out");
      }
      for (int g = 0; g + 1 < keyframes.size(); g++) {
        int before = keyframes.get(g);
        int after = keyframes.get(g + 1);
        Map<Integer, SoftMask[]> sides = sides(sequence, before, after, ids);
        for (int k = before + 1; k < after; k++) {
          progress.checkCancelled();
          LabelMask truth = sequence.truth().get(k);
          GeneratedFrame generated =
              GeneratedFrame.of(generator, k, sides, truth.width(), truth.height());
          frames.add(
              new double[] {
                trueJ(generated.labels(), truth, ids),
                generated.confidence(),
                InheritedLoo.at(k, before, after, looJ)
              });
          progress.update(++done, total, "pseudo-labels");
        }
      }
    }
    return new QualitySamples(
        sequence.name(),
        interval,
        factory.name(),
        frames.stream().mapToDouble(f -> f[0]).toArray(),
        frames.stream().mapToDouble(f -> f[1]).toArray(),
        frames.stream().mapToDouble(f -> f[2]).toArray(),
        looJ.values().stream().mapToDouble(Double::doubleValue).toArray());
  }

  /** Each object's masks on the two keyframes; objects on neither are not generated. */
  private static Map<Integer, SoftMask[]> sides(
      DavisSequence sequence, int before, int after, int[] ids) {
    LabelMask first = sequence.truth().get(before);
    LabelMask last = sequence.truth().get(after);
    Map<Integer, SoftMask[]> sides = new TreeMap<>();
    for (int id : ids) {
      if (first.area(id) > 0 || last.area(id) > 0) {
        sides.put(id, new SoftMask[] {KeyframeMasks.of(first, id), KeyframeMasks.of(last, id)});
      }
    }
    return sides;
  }

  private static double trueJ(LabelMask predicted, LabelMask truth, int[] ids) {
    double sum = 0;
    for (int id : ids) {
      sum += RegionSimilarity.jaccard(predicted, truth, id);
    }
    return ids.length == 0 ? 1 : sum / ids.length;
  }
}
