package org.inbetween.app.labeling.predict;

import java.io.IOException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;
import org.inbetween.app.project.MachineLayer;
import org.inbetween.app.project.Project;
import org.inbetween.app.project.Provenance;
import org.inbetween.app.project.TrackedObject;
import org.inbetween.app.project.store.ProjectStore;
import org.inbetween.app.task.Progress;
import org.inbetween.app.task.Task;
import org.inbetween.app.video.FrameSource;
import org.inbetween.models.image.SoftMask;
import org.inbetween.models.pseudo.OverlapResolver;

/**
 * Runs one model over every frame of a project into the layer {@code model/<name>}: each object's
 * soft map, and the label mask they resolve to (what the viewer overlays). Human and pseudo layers
 * are never written, and frame states do not change: a model layer is for comparison, not review.
 *
 * <p>The model is loaded by the constructor, so a bad weights file is refused (naming the file)
 * before anything is written. Cancelling stops between frames; every finished frame is complete
 * (its soft maps and its label mask) and a rerun overwrites them. The store is checkpointed every
 * {@value #CHECKPOINT_EVERY} frames so that unsaved masks stay bounded on long videos.
 *
 * <pre>{@code
 * try (PredictJob job = new PredictJob(store, source, PredictionModels.standard(),
 *     ModelChoice.parse("u2netp"))) {
 *   PredictSummary summary = runner.run(job);
 * }
 * }</pre>
 */
public final class PredictJob implements Task<PredictSummary>, AutoCloseable {
  static final int CHECKPOINT_EVERY = 50;

  private final ProjectStore store;
  private final FrameSource source;
  private final String name;
  private final MachineLayer layer;
  private final FramePredictor predictor;

  /**
   * Loads the chosen model: the weights it names, else the project's own ({@link
   * ModelChoice#forProject}), else the bundled ones.
   *
   * @throws IllegalArgumentException if the model is unknown or the project has no object to file
   *     the maps under
   * @throws IOException naming the file if the model's weights cannot be loaded
   */
  public PredictJob(
      ProjectStore store, FrameSource source, PredictionModels models, ModelChoice choice)
      throws IOException {
    PredictionModel model = models.get(choice.name());
    if (store.project().objects().isEmpty()) {
      throw new IllegalArgumentException(
          store.directory()
              + ": the project has no objects; add one (e.g. in the editor) to hold the "
              + model.name()
              + " maps");
    }
    this.store = store;
    this.source = source;
    this.name = model.layerName();
    this.layer = MachineLayer.model(model.layerName());
    this.predictor = model.open(choice.forProject(store.directory()).folder());
  }

  @Override
  public String title() {
    return "Predict (" + name + ")";
  }

  /** The layer this job fills. */
  public MachineLayer layer() {
    return layer;
  }

  @Override
  public PredictSummary run(Progress progress) throws IOException {
    Project project = store.project();
    SortedSet<Integer> objectIds = new TreeSet<>();
    project.objects().stream().map(TrackedObject::id).forEach(objectIds::add);
    Provenance provenance = provenance();
    int total = project.frameCount();
    long start = System.nanoTime();
    predictor.begin(total);
    progress.update(0, total, "");
    int done = 0;
    for (int frame = 0; frame < total; frame++) {
      progress.checkCancelled();
      Map<Integer, SoftMask> maps = predictor.predict(frame, source::frame, objectIds);
      for (Map.Entry<Integer, SoftMask> map : maps.entrySet()) {
        store.putMachineMask(layer, map.getKey(), map.getValue(), provenance);
      }
      store.putMachineMask(
          layer,
          OverlapResolver.resolve(frame, project.width(), project.height(), maps),
          provenance);
      done++;
      if (done % CHECKPOINT_EVERY == 0) {
        store.checkpoint();
      }
      double seconds = (System.nanoTime() - start) / 1e9;
      progress.update(done, total, String.format(Locale.ROOT, "%.2f s/frame", seconds / done));
    }
    store.checkpoint();
    return new PredictSummary(layer.folder(), done, (System.nanoTime() - start) / 1e9);
  }

  private Provenance provenance() {
    Map<String, String> parameters = new HashMap<>(predictor.parameters());
    return Provenance.of(
        name,
        parameters.getOrDefault("model", ""),
        parameters.getOrDefault("modelSha256", ""),
        parameters);
  }

  @Override
  public void close() {
    predictor.close();
  }
}
