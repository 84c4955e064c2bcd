package org.inbetween.app.effort;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.inbetween.app.labeling.PseudoLabelJob;
import org.inbetween.app.labeling.bench.DavisSequence;
import org.inbetween.app.labeling.bench.SequenceFrames;
import org.inbetween.app.project.Decision;
import org.inbetween.app.project.FrameState;
import org.inbetween.app.project.MachineLayer;
import org.inbetween.app.project.NewProject;
import org.inbetween.app.project.Project;
import org.inbetween.app.project.SourceKind;
import org.inbetween.app.project.store.ProjectStore;
import org.inbetween.app.project.store.StoreOptions;
import org.inbetween.app.quality.EstimateRule;
import org.inbetween.app.quality.KeyframeSuggestions;
import org.inbetween.app.quality.LeaveOneOutMemo;
import org.inbetween.app.quality.QualityEstimate;
import org.inbetween.app.quality.QualityReport;
import org.inbetween.app.task.Progress;
import org.inbetween.app.task.Task;
import org.inbetween.models.image.LabelMask;
import org.inbetween.models.metrics.RegionSimilarity;
import org.inbetween.models.pseudo.GeneratorSettings;

/**
 * A scripted annotator labelling one DAVIS sequence with the tool's own parts, as a person would
 * with its commands: a project over the sequence's frames, keyframes drawn by taking their ground
 * truth, {@link PseudoLabelJob} runs (which redo only what changed), a review that accepts every
 * pseudo-label whose true J reaches the target, and, for {@code suggest}, the next keyframe from
 * {@link KeyframeSuggestions} on the {@link QualityEstimate}. An adapted method ({@link
 * AnnotatorMethod}) adapts the project's models on the first keyframes before the first run. Frames
 * still below the target when the strategy has nothing better to offer are corrected by hand. It
 * stops when every frame is human truth, i.e. every frame reaches the target; what it counts is
 * what a person would pay.
 */
public final class SimulatedAnnotator implements Task<EffortResult> {
  static final String ANNOTATOR = "annotator";

  private final DavisSequence sequence;
  private final Path davisFrames;
  private final Path scratch;
  private final AnnotatorMethod method;
  private final EffortStrategy strategy;
  private final double target;

  /**
   * @param davisFrames the folder of the sequence's frames (the project's recorded source)
   * @param scratch an empty folder for the project; the caller deletes it
   */
  public SimulatedAnnotator(
      DavisSequence sequence,
      Path davisFrames,
      Path scratch,
      AnnotatorMethod method,
      EffortStrategy strategy,
      double target) {
    this.sequence = sequence;
    this.davisFrames = davisFrames;
    this.scratch = scratch;
    this.method = method;
    this.strategy = strategy;
    this.target = target;
  }

  @Override
  public String title() {
    return "Annotate " + sequence.name() + " (" + strategy.label() + ", " + method.name() + ")";
  }

  @Override
  public EffortResult run(Progress progress) throws Exception {
    long cpuStart = processCpuNanos();
    int n = sequence.frameCount();
    List<double[]> trace = new ArrayList<>();
    int drawn = 0;
    int runs = 0;
    LeaveOneOutMemo memo = new LeaveOneOutMemo();
    try (ProjectStore store = createProject();
        SequenceFrames frames = new SequenceFrames(sequence)) {
      for (int k : strategy.firstKeyframes(n)) {
        drawn += draw(store, k);
      }
      GeneratorSettings settings = method.prepare(store, frames);
      try (PseudoLabelJob job = new PseudoLabelJob(store, frames, method.factory(), settings)) {
        while (true) {
          progress.checkCancelled();
          job.run(Progress.NONE);
          runs++;
          acceptGoodFrames(store);
          trace.add(new double[] {drawn, meanJ(store)});
          List<Integer> open = framesBelowTarget(store);
          progress.update(n - open.size(), n, drawn + " frames drawn");
          if (open.isEmpty()) {
            break;
          }
          Optional<Integer> next =
              strategy.suggests() ? suggestion(store, frames, settings, memo) : Optional.empty();
          if (strategy.suggests()) {
            runs++;
          }
          if (next.isPresent()) {
            drawn += draw(store, next.get());
          } else {
            for (int k : open) {
              drawn += draw(store, k);
            }
            trace.add(new double[] {drawn, meanJ(store)});
            break;
          }
        }
      }
      double[] j = trueJ(store);
      return new EffortResult(
          sequence.name(),
          strategy.label(),
          method.name(),
          n,
          drawn,
          Arrays.stream(j).min().orElse(1),
          Arrays.stream(j).average().orElse(1),
          runs,
          (processCpuNanos() - cpuStart) / 1e9,
          trace);
    }
  }

  private ProjectStore createProject() throws IOException {
    LabelMask first = sequence.truth().get(0);
    ProjectStore store =
        ProjectStore.create(
            scratch,
            NewProject.of(
                SourceKind.IMAGE_FOLDER,
                davisFrames,
                sequence.frameCount(),
                25,
                first.width(),
                first.height()),
            StoreOptions.defaults().withoutAutosave());
    for (int id : sequence.objectIds()) {
      store.addObject(id, "object " + id);
    }
    return store;
  }

  /** Draws frame k's ground truth: a new keyframe, or a correction of its pseudo-label. */
  private int draw(ProjectStore store, int k) throws IOException {
    FrameState state = store.project().frame(k).state();
    LabelMask truth = sequence.truth().get(k);
    if (state == FrameState.PSEUDO_LABELLED || state == FrameState.REJECTED) {
      store.review(k, Decision.correct(truth), ANNOTATOR);
    } else {
      store.putHumanMask(truth, ANNOTATOR);
    }
    return 1;
  }

  /** Accepts every pseudo-label waiting for review whose true J reaches the target. */
  private void acceptGoodFrames(ProjectStore store) throws IOException {
    for (int k : store.project().framesIn(FrameState.PSEUDO_LABELLED)) {
      LabelMask label = store.machineMask(MachineLayer.pseudo(), k).orElseThrow();
      if (trueJ(label) >= target) {
        store.review(k, Decision.accept(), ANNOTATOR);
      }
    }
  }

  /** Frames that are not human truth yet, ascending. */
  private List<Integer> framesBelowTarget(ProjectStore store) {
    Project project = store.project();
    List<Integer> open = new ArrayList<>();
    for (int k = 0; k < sequence.frameCount(); k++) {
      if (!project.frame(k).state().isHumanTruth()) {
        open.add(k);
      }
    }
    return open;
  }

  /**
   * The tool's top suggestion, from its own quality estimate (no ground truth), which re-predicts
   * only the keyframes next to what changed since the last one, as the editor's does.
   */
  private Optional<Integer> suggestion(
      ProjectStore store, SequenceFrames frames, GeneratorSettings settings, LeaveOneOutMemo memo)
      throws Exception {
    QualityReport report;
    try (QualityEstimate estimate =
        new QualityEstimate(
            store, frames, method.factory(), settings, EstimateRule.DEFAULT, memo)) {
      report = estimate.run(Progress.NONE);
    }
    return KeyframeSuggestions.rank(report, 1).stream().findFirst().map(s -> s.frame());
  }

  private double meanJ(ProjectStore store) throws IOException {
    return Arrays.stream(trueJ(store)).average().orElse(1);
  }

  /** Each frame's true J: of its human mask, else its pseudo-label, else 0 (nothing there). */
  private double[] trueJ(ProjectStore store) throws IOException {
    double[] j = new double[sequence.frameCount()];
    for (int k = 0; k < j.length; k++) {
      Optional<LabelMask> mask = store.humanMask(k);
      if (mask.isEmpty()) {
        mask = store.machineMask(MachineLayer.pseudo(), k);
      }
      j[k] = mask.isPresent() ? trueJ(mask.get()) : 0;
    }
    return j;
  }

  /** J of a frame's label mask against its ground truth, mean over the sequence's objects. */
  private double trueJ(LabelMask label) {
    LabelMask truth = sequence.truth().get(label.frame());
    int[] ids = sequence.objectIds();
    double sum = 0;
    for (int id : ids) {
      sum += RegionSimilarity.jaccard(label, truth, id);
    }
    return ids.length == 0 ? 1 : sum / ids.length;
  }

  private static long processCpuNanos() {
    return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
        .getProcessCpuTime();
  }
}
