package org.inbetween.app.labeling;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.inbetween.app.project.FrameState;
import org.inbetween.app.project.MachineLayer;
import org.inbetween.app.project.Project;
import org.inbetween.app.project.Provenance;
import org.inbetween.app.project.store.ProjectStore;
import org.inbetween.app.task.Progress;
import org.inbetween.app.task.Task;
import org.inbetween.app.video.FrameSource;
import org.inbetween.models.image.LabelMask;
import org.inbetween.models.image.SoftMask;
import org.inbetween.models.pseudo.GeneratorFactory;
import org.inbetween.models.pseudo.GeneratorSettings;
import org.inbetween.models.pseudo.MaskConfidence;
import org.inbetween.models.pseudo.OverlapResolver;
import org.inbetween.models.pseudo.PseudoLabelGenerator;
import org.inbetween.models.pseudo.PseudoLabelRequest;

/**
 * Fills every frame between two human keyframes with a pseudo-label, in the machine layer only.
 *
 * <p>Each frame is finished before the next starts: the objects' soft masks, then the resolved
 * label mask, which is what makes the frame PSEUDO_LABELLED. Cancelling stops between frames, so
 * every frame is either fully saved or untouched. The generator lives as long as the job, so its
 * flows are reused by later runs; after a keyframe is edited, {@link #regenerateAround} redoes only
 * the two gaps next to it.
 *
 * <pre>{@code
 * try (PseudoLabelJob job = new PseudoLabelJob(store, source, new WarpGenerator.Factory(),
 *     GeneratorSettings.defaults())) {
 *   runner.run(job);                       // all gaps
 *   runner.run(job.regenerateAround(40));  // after keyframe 40 changed
 * }
 * }</pre>
 */
public final class PseudoLabelJob implements Task<PseudoLabelSummary>, AutoCloseable {
  /** What a run does with the frames a reviewer rejected. */
  public enum Rejected {
    /** Write a new pseudo-label; the frame waits for review again. */
    RELABEL,
    /** Leave the rejected pseudo-label and the REJECTED state alone. */
    KEEP
  }

  private final ProjectStore store;
  private final PseudoLabelGenerator generator;
  private final Rejected rejected;

  /** A job that relabels rejected frames too. */
  public PseudoLabelJob(
      ProjectStore store,
      FrameSource source,
      GeneratorFactory factory,
      GeneratorSettings settings) {
    this(store, source, factory, settings, Rejected.RELABEL);
  }

  public PseudoLabelJob(
      ProjectStore store,
      FrameSource source,
      GeneratorFactory factory,
      GeneratorSettings settings,
      Rejected rejected) {
    this.store = store;
    this.rejected = rejected;
    this.generator = factory.create(new SourceFrames(source), settings);
  }

  @Override
  public String title() {
    return "Pseudo-label (" + generator.method() + ")";
  }

  /** Where the generator's network runs (printed when the job starts; see {@link #run}). */
  public String device() {
    return generator.device();
  }

  /** Labels every gap of the project. */
  @Override
  public PseudoLabelSummary run(Progress progress) throws IOException {
    return label(KeyframeGap.all(store.project()), progress);
  }

  /** A task that relabels only the gaps next to {@code frame} (after its keyframe changed). */
  public Task<PseudoLabelSummary> regenerateAround(int frame) {
    return new Task<>() {
      @Override
      public String title() {
        return PseudoLabelJob.this.title() + " around frame " + frame;
      }

      @Override
      public PseudoLabelSummary run(Progress progress) throws IOException {
        return label(KeyframeGap.around(store.project(), frame), progress);
      }
    };
  }

  private PseudoLabelSummary label(List<KeyframeGap> gaps, Progress progress) throws IOException {
    long start = System.nanoTime();
    int total = gaps.stream().mapToInt(KeyframeGap::size).sum();
    int done = 0;
    int labelled = 0;
    progress.update(0, total, "device: " + generator.device());
    for (KeyframeGap gap : gaps) {
      KeyframeSides sides = KeyframeSides.read(store, store.project(), gap);
      Provenance provenance = provenance(gap);
      for (int k = gap.before() + 1; k < gap.after(); k++) {
        progress.checkCancelled();
        if (labelFrame(k, sides, provenance)) {
          labelled++;
        }
        done++;
        double seconds = (System.nanoTime() - start) / 1e9;
        progress.update(done, total, String.format("%.1f frames/s", done / seconds));
      }
    }
    return new PseudoLabelSummary(labelled, gaps.size(), (System.nanoTime() - start) / 1e9);
  }

  /** Labels frame k unless it must be left alone; true if it was labelled. */
  private boolean labelFrame(int k, KeyframeSides sides, Provenance provenance) throws IOException {
    Project project = store.project();
    if (project.frame(k).humanLabel().isPresent()) {
      return false; // a person labelled it meanwhile: human work is never overwritten
    }
    if (rejected == Rejected.KEEP && project.frame(k).state() == FrameState.REJECTED) {
      return false;
    }
    Map<Integer, SoftMask> objects = new TreeMap<>();
    for (Map.Entry<Integer, SoftMask[]> side : sides.masks().entrySet()) {
      SoftMask[] keyframes = side.getValue();
      objects.put(
          side.getKey(), generator.generate(new PseudoLabelRequest(k, keyframes[0], keyframes[1])));
    }
    Provenance scored = withConfidence(provenance, MaskConfidence.of(objects.values()));
    for (Map.Entry<Integer, SoftMask> object : objects.entrySet()) {
      store.putMachineMask(MachineLayer.pseudo(), object.getKey(), object.getValue(), scored);
    }
    LabelMask label = OverlapResolver.resolve(k, project.width(), project.height(), objects);
    store.putMachineMask(MachineLayer.pseudo(), label, scored);
    return true;
  }

  /**
   * The frame's own provenance: the gap's, plus its {@link MaskConfidence} under the key review and
   * the timeline read ("confidence"), so that the worst frames are reviewed first.
   */
  private static Provenance withConfidence(Provenance gap, double confidence) {
    Map<String, String> parameters = new HashMap<>(gap.parameters());
    parameters.put("confidence", String.format(Locale.ROOT, "%.4f", confidence));
    return new Provenance(gap.method(), gap.model(), gap.modelVersion(), parameters, gap.time());
  }

  /**
   * The gap's provenance. A generator that runs a trained model names it in its parameters ({@code
   * model}, {@code modelSha256}); they also fill the provenance's model and version, where export
   * and review read which weights made a label.
   */
  private Provenance provenance(KeyframeGap gap) {
    Map<String, String> parameters = new HashMap<>(generator.parameters());
    parameters.put("keyframes", gap.before() + "," + gap.after());
    parameters.put("interval", Integer.toString(gap.after() - gap.before()));
    return Provenance.of(
        generator.method(),
        parameters.getOrDefault("model", ""),
        parameters.getOrDefault("modelSha256", ""),
        parameters);
  }

  @Override
  public void close() {
    generator.close();
  }
}
