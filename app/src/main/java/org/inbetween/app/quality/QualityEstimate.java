package org.inbetween.app.quality;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.inbetween.app.labeling.GapInputs;
import org.inbetween.app.labeling.KeyframeGap;
import org.inbetween.app.project.FrameRecord;
import org.inbetween.app.project.MachineLayer;
import org.inbetween.app.project.Project;
import org.inbetween.app.project.TrackedObject;
import org.inbetween.app.project.store.ProjectStore;
import org.inbetween.app.review.ReviewScore;
import org.inbetween.app.task.Progress;
import org.inbetween.app.task.Task;
import org.inbetween.app.training.AdaptedModel;
import org.inbetween.app.video.FrameSource;
import org.inbetween.models.image.LabelMask;
import org.inbetween.models.pseudo.GeneratorFactory;
import org.inbetween.models.pseudo.GeneratorRegistry;
import org.inbetween.models.pseudo.GeneratorSettings;
import org.inbetween.models.pseudo.PseudoLabelGenerator;

/**
 * How good are a project's pseudo-labels, without ground truth? Each human keyframe m with human
 * keyframes i &lt; m &lt; j on both sides is predicted from i and j by the generator the
 * pseudo-labels came from and compared with m's human mask ({@link LeaveOneOut}); every frame then
 * gets its recorded confidence, the leave-one-out J of its gap and their combination by an {@link
 * EstimateRule}. Reads only: nothing in the project changes.
 *
 * <pre>{@code
 * try (QualityEstimate estimate = new QualityEstimate(store, frames, registry.get("warp"),
 *     GeneratorSettings.defaults(), EstimateRule.DEFAULT)) {
 *   QualityReport report = runner.run(estimate);
 * }
 * }</pre>
 *
 * <p>Runs the generator once per keyframe left out whose score is not in its {@link
 * LeaveOneOutMemo}, so it is a task: progress per keyframe, and a cancel between keyframes.
 */
public final class QualityEstimate implements Task<QualityReport>, AutoCloseable {
  private final ProjectStore store;
  private final PseudoLabelGenerator generator;
  private final EstimateRule rule;
  private final LeaveOneOutMemo memo;
  private final String identity;

  /** An estimate that computes every keyframe's score afresh. */
  public QualityEstimate(
      ProjectStore store,
      FrameSource source,
      GeneratorFactory factory,
      GeneratorSettings settings,
      EstimateRule rule) {
    this(store, source, factory, settings, rule, new LeaveOneOutMemo());
  }

  /**
   * An estimate that reuses the scores in {@code memo} whose keyframes did not change, and adds the
   * ones it computes.
   */
  public QualityEstimate(
      ProjectStore store,
      FrameSource source,
      GeneratorFactory factory,
      GeneratorSettings settings,
      EstimateRule rule,
      LeaveOneOutMemo memo) {
    this.store = store;
    this.rule = rule;
    this.memo = memo;
    this.generator = factory.create(GapInputs.frames(source), settings);
    this.identity = LeaveOneOutMemo.identity(generator);
  }

  /**
   * The estimate the editor makes (Q and the trace panel): with the generator the project's
   * pseudo-labels came from, or the default one before there are any, the project's adapted model
   * when it has one, and the default rule; scores of unchanged keyframes come from {@code memo}.
   */
  public static QualityEstimate ofProject(
      ProjectStore store, FrameSource source, LeaveOneOutMemo memo) {
    GeneratorRegistry registry = GeneratorRegistry.standard();
    String method = PseudoLabelMethod.used(store).orElseGet(registry::defaultMethod);
    return new QualityEstimate(
        store,
        source,
        registry.get(method),
        AdaptedModel.settingsFor(store),
        EstimateRule.DEFAULT,
        memo);
  }

  @Override
  public String title() {
    return "Quality estimate (" + generator.method() + ")";
  }

  /** Where the generator's network runs, as the pseudo-label job reports it. */
  public String device() {
    return generator.device();
  }

  @Override
  public QualityReport run(Progress progress) throws IOException {
    Project project = store.project();
    List<Integer> human = humanFrames(project);
    List<KeyframeEstimate> keyframes = new ArrayList<>();
    Map<Integer, String> digests = new HashMap<>();
    int total = Math.max(0, human.size() - 2);
    progress.update(0, total, "device: " + generator.device());
    for (int n = 1; n + 1 < human.size(); n++) {
      progress.checkCancelled();
      int before = human.get(n - 1);
      int frame = human.get(n);
      int after = human.get(n + 1);
      keyframes.add(score(before, frame, after, digests));
      progress.update(n, total, "keyframe " + frame);
    }
    return new QualityReport(
        generator.method(),
        rule,
        project.objects().stream().map(TrackedObject::id).sorted().toList(),
        keyframes,
        frames(project, keyframes));
  }

  /**
   * Keyframe {@code frame} predicted from its neighbours, or recalled unchanged. {@code digests}
   * holds this run's digests of human masks, so each mask is read once for them.
   */
  private KeyframeEstimate score(int before, int frame, int after, Map<Integer, String> digests)
      throws IOException {
    LeaveOneOutMemo.Key key =
        new LeaveOneOutMemo.Key(
            identity,
            before,
            frame,
            after,
            digest(before, digests) + digest(frame, digests) + digest(after, digests));
    Optional<KeyframeEstimate> known = memo.recall(key);
    if (known.isPresent()) {
      return known.get();
    }
    KeyframeEstimate fresh =
        LeaveOneOut.score(
            generator, before, after, GapInputs.sides(store, before, after), humanMask(frame));
    memo.remember(key, fresh);
    return fresh;
  }

  private String digest(int frame, Map<Integer, String> digests) throws IOException {
    String digest = digests.get(frame);
    if (digest == null) {
      digest = LeaveOneOutMemo.digest(humanMask(frame));
      digests.put(frame, digest);
    }
    return digest;
  }

  private LabelMask humanMask(int frame) throws IOException {
    return store
        .humanMask(frame)
        .orElseThrow(() -> new IllegalStateException("keyframe " + frame + " lost its mask"));
  }

  private List<FrameEstimate> frames(Project project, List<KeyframeEstimate> keyframes) {
    Map<Integer, Double> looJ = new HashMap<>();
    keyframes.forEach(k -> looJ.put(k.frame(), k.j()));
    KeyframeGap[] gapOf = new KeyframeGap[project.frameCount()];
    for (KeyframeGap gap : KeyframeGap.all(project)) {
      for (int k = gap.before() + 1; k < gap.after(); k++) {
        gapOf[k] = gap;
      }
    }
    List<FrameEstimate> frames = new ArrayList<>();
    for (int k = 0; k < project.frameCount(); k++) {
      FrameRecord record = project.frame(k);
      double confidence = confidence(k);
      KeyframeGap gap = gapOf[k];
      if (gap == null) {
        frames.add(
            new FrameEstimate(k, record.state(), confidence, -1, -1, Double.NaN, Double.NaN));
      } else {
        double loo = InheritedLoo.at(k, gap.before(), gap.after(), looJ);
        frames.add(
            new FrameEstimate(
                k,
                record.state(),
                confidence,
                gap.before(),
                gap.after(),
                loo,
                rule.apply(confidence, loo)));
      }
    }
    return frames;
  }

  private double confidence(int frame) {
    OptionalDouble recorded =
        store
            .machineProvenance(MachineLayer.pseudo(), frame)
            .map(ReviewScore::of)
            .orElse(OptionalDouble.empty());
    return recorded.orElse(Double.NaN);
  }

  private static List<Integer> humanFrames(Project project) {
    return project.frames().values().stream()
        .filter(record -> record.humanLabel().isPresent())
        .map(FrameRecord::frame)
        .sorted()
        .toList();
  }

  @Override
  public void close() {
    generator.close();
  }
}
