package org.inbetween.app.labeling;

import java.io.IOException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.IntStream;
import org.inbetween.app.project.Decision;
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
 * Fills every frame between two human keyframes with a pseudo-label, in the machine layer only;
 * with a method that {@linkplain PseudoLabelGenerator#propagates propagates}, the frames before the
 * first keyframe and after the last too ({@link OpenEnd}), from that keyframe alone.
 *
 * <p>Each frame is finished before the next starts: the objects' soft masks, then the resolved
 * label mask, which is what makes the frame PSEUDO_LABELLED. Cancelling stops between frames, so
 * every frame is either fully saved or untouched. The generator lives as long as the job, so its
 * flows are reused by later runs.
 *
 * <p>By default a run redoes only what changed ({@link Scope#CHANGED}): the gaps and open ends that
 * hold a frame without a pseudo-label or a {@linkplain StaleFrames stale} one. Accepted frames
 * whose keyframe changed go back to review first, with the reason; human masks are never written.
 *
 * <pre>{@code
 * try (PseudoLabelJob job = new PseudoLabelJob(store, source, new WarpGenerator.Factory(),
 *     GeneratorSettings.defaults())) {
 *   runner.run(job);   // new and stale gaps only
 *   store.putHumanMask(redrawn40, "ana");
 *   runner.run(job);   // the two gaps next to frame 40
 * }
 * }</pre>
 */
public final class PseudoLabelJob implements Task<PseudoLabelSummary>, AutoCloseable {
  /** Which frames a run labels; human masks are never among them. */
  public enum Scope {
    /**
     * Gaps and open ends with a frame whose pseudo-label is missing, stale, or made by another
     * method or with other optical flow; a rejected frame is relabelled only when stale (its
     * rejection was about a label made from what has changed).
     */
    CHANGED,
    /** Every frame of every gap and open end, except rejected ones (after retraining a model). */
    ALL_BUT_REJECTED,
    /** Every frame of every gap and open end; rejected frames wait for review again. */
    ALL
  }

  /** The provenance parameter naming the keyframes a frame was made from: "i,j" or "i". */
  static final String KEYFRAMES = "keyframes";

  /** Who withdraws the acceptance of a stale accepted frame, as its review history shows. */
  static final String REOPENER = "inbetween";

  /** The provenance parameters that say which optical flow a label was made with. */
  private static final Set<String> FLOW_KEYS =
      GeneratorSettings.defaults().flowParameters().keySet();

  private final ProjectStore store;
  private final PseudoLabelGenerator generator;
  private final Scope scope;
  private final MachineLayer layer;

  /**
   * The flow settings in this run's provenance ({@code preset}, ...); none for a flowless method.
   */
  private final Map<String, String> flows;

  /**
   * ", flow: DIS medium" for a method that computes optical flow, else nothing: shown with every
   * progress report, so that the jobs panel says which of the project's flow settings a run uses.
   */
  private final String flowNote;

  /** A job that labels what changed ({@link Scope#CHANGED}). */
  public PseudoLabelJob(
      ProjectStore store,
      FrameSource source,
      GeneratorFactory factory,
      GeneratorSettings settings) {
    this(store, source, factory, settings, Scope.CHANGED);
  }

  public PseudoLabelJob(
      ProjectStore store,
      FrameSource source,
      GeneratorFactory factory,
      GeneratorSettings settings,
      Scope scope) {
    this(store, source, factory, settings, scope, MachineLayer.pseudo());
  }

  private PseudoLabelJob(
      ProjectStore store,
      FrameSource source,
      GeneratorFactory factory,
      GeneratorSettings settings,
      Scope scope,
      MachineLayer layer) {
    this.store = store;
    this.scope = scope;
    this.layer = layer;
    this.generator = factory.create(new SourceFrames(source), settings);
    this.flows = new HashMap<>(generator.parameters());
    flows.keySet().retainAll(FLOW_KEYS);
    this.flowNote = flows.containsKey("preset") ? ", flow: DIS " + flows.get("preset") : "";
  }

  /** Whether {@code made} was made with this run's optical flow (or both use none). */
  private boolean sameFlows(Provenance made) {
    return FLOW_KEYS.stream()
        .allMatch(key -> Objects.equals(made.parameters().get(key), flows.get(key)));
  }

  /**
   * A job that fills the layer {@code model/<method>} instead of the pseudo-labels, every frame
   * without a human mask: the method's predictions as an overlay to compare with (e.g. {@code
   * inbetween predict --model kmn}). Frame states and the review queue do not change.
   */
  public static PseudoLabelJob intoModelLayer(
      ProjectStore store,
      FrameSource source,
      GeneratorFactory factory,
      GeneratorSettings settings) {
    return new PseudoLabelJob(
        store, source, factory, settings, Scope.ALL, MachineLayer.model(factory.name()));
  }

  /** The layer this job writes: the pseudo-labels, or a model layer. */
  public MachineLayer layer() {
    return layer;
  }

  @Override
  public String title() {
    return "Pseudo-label (" + generator.method() + ")";
  }

  /** Where the generator's network runs (printed when the job starts; see {@link #run}). */
  public String device() {
    return generator.device();
  }

  /**
   * Labels the project's gaps, and its open ends when the method propagates: those the {@link
   * Scope} asks for. With {@link Scope#CHANGED}, accepted frames that went stale are first taken
   * back to review ({@code Decision.reopen} with the reason).
   */
  @Override
  public PseudoLabelSummary run(Progress progress) throws IOException {
    int reopened = scope == Scope.CHANGED ? reopenStaleAcceptedFrames() : 0;
    Project project = store.project();
    StaleFrames stale = StaleFrames.of(store);
    List<KeyframeGap> gaps = KeyframeGap.all(project);
    List<OpenEnd> ends = generator.propagates() ? OpenEnd.all(project) : List.of();
    if (scope == Scope.CHANGED) {
      gaps = gaps.stream().filter(g -> needsWork(project, stale, frames(g))).toList();
      ends = ends.stream().filter(e -> needsWork(project, stale, e.frames())).toList();
    }
    PseudoLabelSummary summary = label(gaps, ends, stale, progress);
    return summary.withReopened(reopened);
  }

  /** Takes every stale accepted frame back to review; returns how many. */
  private int reopenStaleAcceptedFrames() throws IOException {
    StaleFrames stale = StaleFrames.of(store);
    int reopened = 0;
    for (Map.Entry<Integer, String> frame : stale.reasons().entrySet()) {
      if (store.project().frame(frame.getKey()).state() == FrameState.ACCEPTED) {
        store.review(frame.getKey(), Decision.reopen(frame.getValue()), REOPENER);
        reopened++;
      }
    }
    return reopened;
  }

  /**
   * True when one of {@code frames} has no human mask and its pseudo-label is missing, stale, made
   * by another method than this run's or with other optical flow (the user asked for this one: a
   * project switched to better flow redoes what nobody reviewed yet), or of unknown origin (its
   * provenance names no keyframes, so whether it is current cannot be told).
   */
  private boolean needsWork(Project project, StaleFrames stale, int[] frames) {
    return Arrays.stream(frames)
        .anyMatch(
            k ->
                project.frame(k).humanLabel().isEmpty()
                    && (stale.contains(k)
                        || store
                            .machineProvenance(MachineLayer.pseudo(), k)
                            .filter(p -> p.method().equals(generator.method()))
                            .filter(this::sameFlows)
                            .filter(p -> p.parameters().containsKey(KEYFRAMES))
                            .isEmpty()));
  }

  private static int[] frames(KeyframeGap gap) {
    return IntStream.range(gap.before() + 1, gap.after()).toArray();
  }

  /**
   * A task that fills the frames after keyframe {@code frame} up to the next keyframe (reading
   * both, as a gap) or, when there is none, to the end of the video from {@code frame} alone:
   * "propagate from this frame".
   *
   * @throws IllegalArgumentException when {@code frame} has no human mask, or the method cannot
   *     propagate and there is no keyframe after it
   */
  public Task<PseudoLabelSummary> propagateFrom(int frame) {
    Project project = store.project();
    if (project.frame(frame).humanLabel().isEmpty()) {
      throw new IllegalArgumentException(
          "frame " + frame + " has no human mask to propagate from: draw or accept it first");
    }
    Integer next =
        KeyframeGap.humanFrames(project).stream().filter(f -> f > frame).findFirst().orElse(null);
    List<KeyframeGap> gaps =
        next != null && next - frame >= 2 ? List.of(new KeyframeGap(frame, next)) : List.of();
    List<OpenEnd> ends = List.of();
    if (next == null && frame < project.frameCount() - 1) {
      if (!generator.propagates()) {
        throw new IllegalArgumentException(
            generator.method()
                + " fills frames between two keyframes only; there is none after frame "
                + frame);
      }
      ends = List.of(new OpenEnd(frame, project.frameCount() - 1));
    }
    List<OpenEnd> chosen = ends;
    return Task.of(
        title() + " from frame " + frame,
        progress -> label(gaps, chosen, StaleFrames.of(store), progress));
  }

  /** One object's mask on a frame, from what the gap or open end knows. */
  @FunctionalInterface
  private interface ObjectQuestion {
    SoftMask ask(int frame, int object) throws IOException;
  }

  private PseudoLabelSummary label(
      List<KeyframeGap> gaps, List<OpenEnd> ends, StaleFrames stale, Progress progress)
      throws IOException {
    int total =
        gaps.stream().mapToInt(KeyframeGap::size).sum()
            + ends.stream().mapToInt(OpenEnd::size).sum();
    Pass pass = new Pass(total, stale, progress);
    progress.update(0, total, "device: " + generator.device() + flowNote);
    for (KeyframeGap gap : gaps) {
      Map<Integer, SoftMask[]> sides = KeyframeSides.read(store, store.project(), gap).masks();
      ObjectQuestion question =
          (k, id) ->
              generator.generate(new PseudoLabelRequest(k, sides.get(id)[0], sides.get(id)[1]));
      pass.label(frames(gap), sides.keySet(), question, provenance(gap));
    }
    for (OpenEnd end : ends) {
      Map<Integer, SoftMask> anchor = KeyframeSides.anchor(store, store.project(), end.anchor());
      ObjectQuestion question = (k, id) -> generator.propagate(k, anchor.get(id));
      pass.label(end.frames(), anchor.keySet(), question, provenance(end));
    }
    return new PseudoLabelSummary(pass.labelled, gaps.size() + ends.size(), pass.seconds(), 0);
  }

  /** One run over gaps and open ends: counts and progress. */
  private final class Pass {
    private final long start = System.nanoTime();
    private final int total;
    private final StaleFrames stale;
    private final Progress progress;
    private int visited;
    private int labelled;

    Pass(int total, StaleFrames stale, Progress progress) {
      this.total = total;
      this.stale = stale;
      this.progress = progress;
    }

    void label(int[] frames, Set<Integer> objects, ObjectQuestion question, Provenance provenance)
        throws IOException {
      for (int k : frames) {
        progress.checkCancelled();
        if (!keepsRejection(k, stale) && labelFrame(k, objects, question, provenance)) {
          labelled++;
        }
        visited++;
        progress.update(
            visited,
            total,
            String.format(Locale.ROOT, "%.1f frames/s%s", visited / seconds(), flowNote));
      }
    }

    double seconds() {
      return (System.nanoTime() - start) / 1e9;
    }
  }

  /** True when frame k is rejected and this run must leave the rejection standing. */
  private boolean keepsRejection(int k, StaleFrames stale) {
    if (store.project().frame(k).state() != FrameState.REJECTED) {
      return false;
    }
    return switch (scope) {
      case CHANGED -> !stale.contains(k);
      case ALL_BUT_REJECTED -> true;
      case ALL -> false;
    };
  }

  /** Labels frame k unless a person labelled it; true if it was labelled. */
  private boolean labelFrame(
      int k, Set<Integer> ids, ObjectQuestion question, Provenance provenance) throws IOException {
    Project project = store.project();
    if (project.frame(k).humanLabel().isPresent()) {
      return false; // a person labelled it meanwhile: human work is never overwritten
    }
    Map<Integer, SoftMask> objects = new TreeMap<>();
    for (int id : ids) {
      objects.put(id, question.ask(k, id));
    }
    Provenance scored = withConfidence(provenance, MaskConfidence.of(objects.values()));
    for (Map.Entry<Integer, SoftMask> object : objects.entrySet()) {
      store.putMachineMask(layer, object.getKey(), object.getValue(), scored);
    }
    LabelMask label = OverlapResolver.resolve(k, project.width(), project.height(), objects);
    store.putMachineMask(layer, label, scored);
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
    parameters.put(KEYFRAMES, gap.before() + "," + gap.after());
    parameters.put("interval", Integer.toString(gap.after() - gap.before()));
    return provenance(parameters);
  }

  /** An open end's provenance: its one keyframe, and how far the frames reach from it. */
  private Provenance provenance(OpenEnd end) {
    Map<String, String> parameters = new HashMap<>(generator.parameters());
    parameters.put(KEYFRAMES, Integer.toString(end.anchor()));
    parameters.put("propagatedTo", Integer.toString(end.end()));
    return provenance(parameters);
  }

  private Provenance provenance(Map<String, String> parameters) {
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
