package org.inbetween.app.labeling.bench;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.inbetween.models.image.LabelMask;
import org.inbetween.models.image.SoftMask;
import org.inbetween.models.metrics.BoundaryAccuracy;
import org.inbetween.models.metrics.RegionSimilarity;
import org.inbetween.models.pseudo.GeneratorFactory;
import org.inbetween.models.pseudo.GeneratorSettings;
import org.inbetween.models.pseudo.KeyframeMasks;
import org.inbetween.models.pseudo.OverlapResolver;
import org.inbetween.models.pseudo.PseudoLabelGenerator;
import org.inbetween.models.pseudo.PseudoLabelRequest;

/**
 * The figure pseudo-labelling is judged by: hide every ground-truth mask except the keyframes 0, l,
 * 2l, … and the last frame, generate the rest, and score the generated frames only.
 *
 * <p>J and F are averaged over the generated frames per object, then over the sequence's objects
 * (the DAVIS convention). The clock runs around the generator and the overlap resolution only:
 * frames are decoded beforehand ({@link DavisSequence}) and scoring is not timed.
 */
public final class PseudoLabelBenchmark {
  private final GeneratorSettings settings;
  private final Consumer<String> deviceLog;

  /** The interval column of a one-shot row: no interval, frame 0 only. */
  public static final int ONE_SHOT = 0;

  private final Set<String> reported = new HashSet<>();

  /**
   * A benchmark that tells {@code deviceLog} where each method runs ("fgplg: gpu (CUDA)"), once per
   * method, when its first generator is made.
   */
  public PseudoLabelBenchmark(GeneratorSettings settings, Consumer<String> deviceLog) {
    this.settings = settings;
    this.deviceLog = deviceLog;
  }

  /** The keyframes of a sequence of {@code frameCount} frames at interval {@code l}. */
  public static List<Integer> keyframes(int frameCount, int interval) {
    List<Integer> keyframes = new ArrayList<>();
    for (int k = 0; k < frameCount - 1; k += interval) {
      keyframes.add(k);
    }
    keyframes.add(frameCount - 1);
    return keyframes;
  }

  /** Scores {@code factory}'s method on {@code sequence} with keyframes every {@code interval}. */
  public BenchResult run(DavisSequence sequence, int interval, GeneratorFactory factory)
      throws IOException {
    int[] ids = sequence.objectIds();
    double[] jSum = new double[ids.length];
    double[] fSum = new double[ids.length];
    int frames = 0;
    long nanos = 0;
    List<Integer> keyframes = keyframes(sequence.frameCount(), interval);
    try (PseudoLabelGenerator generator = factory.create(k -> sequence.frames().get(k), settings)) {
      if (reported.add(factory.name())) {
        deviceLog.accept(factory.name() + ": " + generator.device());
      }
      for (int g = 0; g + 1 < keyframes.size(); g++) {
        LabelMask before = sequence.truth().get(keyframes.get(g));
        LabelMask after = sequence.truth().get(keyframes.get(g + 1));
        Map<Integer, SoftMask[]> sides = sides(before, after, ids);
        for (int k = before.frame() + 1; k < after.frame(); k++) {
          long start = System.nanoTime();
          LabelMask predicted = generate(generator, k, sides, before.width(), before.height());
          nanos += System.nanoTime() - start;
          LabelMask truth = sequence.truth().get(k);
          for (int o = 0; o < ids.length; o++) {
            jSum[o] += RegionSimilarity.jaccard(predicted, truth, ids[o]);
            fSum[o] += BoundaryAccuracy.fMeasure(predicted, truth, ids[o]);
          }
          frames++;
        }
      }
    }
    return new BenchResult(
        sequence.name(),
        interval,
        factory.name(),
        meanOverObjects(jSum, frames),
        meanOverObjects(fSum, frames),
        frames,
        nanos / 1e9);
  }

  /**
   * The one-shot protocol (DAVIS semi-supervised): only frame 0's ground truth is given, and every
   * later frame is predicted by {@linkplain PseudoLabelGenerator#propagate propagating} forward
   * from it, in order. The objects are those on frame 0; the row's interval is {@link #ONE_SHOT}.
   *
   * @throws IllegalArgumentException when the method does not propagate (fgplg needs two keyframes)
   */
  public BenchResult runOneShot(DavisSequence sequence, GeneratorFactory factory)
      throws IOException {
    LabelMask first = sequence.truth().get(0);
    int[] ids = Arrays.stream(sequence.objectIds()).filter(id -> first.area(id) > 0).toArray();
    double[] jSum = new double[ids.length];
    double[] fSum = new double[ids.length];
    long nanos = 0;
    try (PseudoLabelGenerator generator = factory.create(k -> sequence.frames().get(k), settings)) {
      if (!generator.propagates()) {
        throw new IllegalArgumentException(
            factory.name()
                + " cannot propagate from one keyframe; one-shot needs a method that does");
      }
      if (reported.add(factory.name())) {
        deviceLog.accept(factory.name() + ": " + generator.device());
      }
      Map<Integer, SoftMask> anchors = new TreeMap<>();
      for (int id : ids) {
        anchors.put(id, KeyframeMasks.of(first, id));
      }
      for (int k = 1; k < sequence.frameCount(); k++) {
        long start = System.nanoTime();
        Map<Integer, SoftMask> objects = new TreeMap<>();
        for (Map.Entry<Integer, SoftMask> anchor : anchors.entrySet()) {
          objects.put(anchor.getKey(), generator.propagate(k, anchor.getValue()));
        }
        LabelMask predicted = OverlapResolver.resolve(k, first.width(), first.height(), objects);
        nanos += System.nanoTime() - start;
        LabelMask truth = sequence.truth().get(k);
        for (int o = 0; o < ids.length; o++) {
          jSum[o] += RegionSimilarity.jaccard(predicted, truth, ids[o]);
          fSum[o] += BoundaryAccuracy.fMeasure(predicted, truth, ids[o]);
        }
      }
    }
    int frames = sequence.frameCount() - 1;
    return new BenchResult(
        sequence.name(),
        ONE_SHOT,
        factory.name(),
        meanOverObjects(jSum, frames),
        meanOverObjects(fSum, frames),
        frames,
        nanos / 1e9);
  }

  /** Each object's masks on the two keyframes; objects on neither keyframe are not generated. */
  private static Map<Integer, SoftMask[]> sides(LabelMask before, LabelMask after, int[] ids) {
    Map<Integer, SoftMask[]> sides = new TreeMap<>();
    for (int id : ids) {
      if (before.area(id) > 0 || after.area(id) > 0) {
        sides.put(id, new SoftMask[] {KeyframeMasks.of(before, id), KeyframeMasks.of(after, id)});
      }
    }
    return sides;
  }

  private static LabelMask generate(
      PseudoLabelGenerator generator, int k, Map<Integer, SoftMask[]> sides, int width, int height)
      throws IOException {
    Map<Integer, SoftMask> objects = new TreeMap<>();
    for (Map.Entry<Integer, SoftMask[]> side : sides.entrySet()) {
      SoftMask[] masks = side.getValue();
      objects.put(side.getKey(), generator.generate(new PseudoLabelRequest(k, masks[0], masks[1])));
    }
    return OverlapResolver.resolve(k, width, height, objects);
  }

  private static double meanOverObjects(double[] sums, int frames) {
    double total = 0;
    for (double sum : sums) {
      total += frames > 0 ? sum / frames : 0;
    }
    return sums.length > 0 ? total / sums.length : 0;
  }
}
