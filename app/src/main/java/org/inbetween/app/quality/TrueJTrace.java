package org.inbetween.app.quality;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import org.inbetween.app.project.MachineLayer;
import org.inbetween.app.project.store.ProjectStore;
import org.inbetween.app.task.Progress;
import org.inbetween.app.task.Task;
import org.inbetween.models.image.LabelMask;
import org.inbetween.models.metrics.RegionSimilarity;

/**
 * How good a project's current masks really are, where ground truth says: per frame, the J of its
 * human mask (or, without one, its pseudo-label) against the {@link GroundTruthFolder}, the mean
 * over objects as {@code inbetween eval} takes it. An object is its palette index on both sides (a
 * DAVIS import keeps them), and every object of the ground truth is scored on every frame, J = 1
 * where neither side holds it. NaN where the frame has no ground truth or no mask. Reads only.
 *
 * <pre>{@code
 * double[] j = runner.run(new TrueJTrace(store, GroundTruthFolder.open(folder, frames)));
 * }</pre>
 *
 * <p>A task: one mask pair is read per frame, with progress and a cancel between frames.
 */
public final class TrueJTrace implements Task<double[]> {
  /** The objects scored when the ground truth is empty throughout: object 1, as eval does. */
  private static final List<Integer> EMPTY_TRUTH_OBJECTS = List.of(1);

  private final ProjectStore store;
  private final GroundTruthFolder truth;

  public TrueJTrace(ProjectStore store, GroundTruthFolder truth) {
    this.store = store;
    this.truth = truth;
  }

  @Override
  public String title() {
    return "True J against " + truth.folder().getFileName();
  }

  @Override
  public double[] run(Progress progress) throws IOException {
    int frames = store.project().frameCount();
    List<Map<Integer, Double>> scores = new ArrayList<>();
    TreeSet<Integer> truthObjects = new TreeSet<>();
    for (int k = 0; k < frames; k++) {
      progress.checkCancelled();
      Optional<LabelMask> expected = truth.mask(k);
      Optional<LabelMask> current = current(k);
      if (expected.isPresent() && current.isPresent()) {
        Arrays.stream(expected.get().objectIds()).forEach(truthObjects::add);
        scores.add(perObject(current.get(), expected.get()));
      } else {
        scores.add(null);
      }
      progress.update(k + 1, frames, "frame " + k);
    }
    return means(scores, truthObjects.isEmpty() ? EMPTY_TRUTH_OBJECTS : truthObjects);
  }

  /** The mask the project holds for {@code frame} now: the human one, else the pseudo-label. */
  private Optional<LabelMask> current(int frame) throws IOException {
    Optional<LabelMask> human = store.humanMask(frame);
    return human.isPresent() ? human : store.machineMask(MachineLayer.pseudo(), frame);
  }

  private static Map<Integer, Double> perObject(LabelMask current, LabelMask expected) {
    TreeSet<Integer> ids = new TreeSet<>();
    Arrays.stream(expected.objectIds()).forEach(ids::add);
    Arrays.stream(current.objectIds()).forEach(ids::add);
    Map<Integer, Double> j = new HashMap<>();
    for (int id : ids) {
      j.put(id, RegionSimilarity.jaccard(current, expected, id));
    }
    return j;
  }

  private static double[] means(List<Map<Integer, Double>> scores, Collection<Integer> objects) {
    double[] mean = new double[scores.size()];
    for (int k = 0; k < mean.length; k++) {
      Map<Integer, Double> frame = scores.get(k);
      mean[k] =
          frame == null
              ? Double.NaN
              : objects.stream()
                  .mapToDouble(id -> frame.getOrDefault(id, 1.0))
                  .average()
                  .orElseThrow();
    }
    return mean;
  }
}
