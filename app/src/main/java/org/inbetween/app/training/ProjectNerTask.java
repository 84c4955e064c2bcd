package org.inbetween.app.training;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.IntStream;
import org.inbetween.app.exchange.dataset.DatasetFormats;
import org.inbetween.app.exchange.dataset.FrameSet;
import org.inbetween.app.exchange.export.ExportInput;
import org.inbetween.app.exchange.export.ExportOptions;
import org.inbetween.app.exchange.export.ExportRequest;
import org.inbetween.app.exchange.export.ProjectExport;
import org.inbetween.app.exchange.export.ProjectOpener;
import org.inbetween.app.exchange.export.Selection;
import org.inbetween.app.files.Folders;
import org.inbetween.app.labeling.predict.ModelChoice;
import org.inbetween.app.labeling.predict.PredictJob;
import org.inbetween.app.labeling.predict.PredictSummary;
import org.inbetween.app.labeling.predict.PredictionModels;
import org.inbetween.app.project.Project;
import org.inbetween.app.project.store.ProjectStore;
import org.inbetween.app.task.Progress;
import org.inbetween.app.task.Task;
import org.inbetween.app.training.dataset.LabelRules;
import org.inbetween.app.video.FrameSource;
import org.inbetween.models.ner.BundledNer;
import org.inbetween.models.ner.NerCheckpoint;
import org.inbetween.models.ner.NerPreset;
import org.inbetween.models.ner.NerTraining;
import org.inbetween.models.train.ComputeDevice;

/**
 * The editor's "Train saliency model on this project": the loop label → review → retrain → look at
 * the overlay, without leaving the tool. Three steps, one job:
 *
 * <ol>
 *   <li>the open project is exported (DAVIS layout, every frame, human masks and the pseudo-labels
 *       a reviewer accepted or corrected) into a scratch folder inside it;
 *   <li>RCRNet+NER is trained on that export under the same manifest rules as {@code train ner
 *       --dataset} ({@link LabelRules#defaults()}: unreviewed pseudo-labels are never targets),
 *       continuing from the project's own model when it has one, else from the bundled default, so
 *       a few hundred steps adapt a network that already finds salient objects; the checkpoint goes
 *       to {@code models/ner} in the project ({@link ModelChoice#projectFolder}), where {@code
 *       predict --model ner} and the editor pick it up in place of the bundled one;
 *   <li>the project is predicted with the new model into {@code model/rcrnet-ner}, so the overlay
 *       shows what was learnt.
 * </ol>
 *
 * <p>Cancelling while training saves the checkpoint and throws {@link TrainingCancelledException}
 * without predicting; the scratch export is deleted in every case. Human and pseudo layers are
 * never written.
 */
public final class ProjectNerTask implements Task<ProjectNerTask.Result> {
  /** The model name in {@code predict} and in the project's {@code models/} folder. */
  static final String MODEL = "ner";

  /** Steps the editor offers: about five minutes on a 2-core CPU at 224×224. */
  public static final long DEFAULT_STEPS = 200;

  /**
   * Adam's rate when no model exists to continue (a resumed model keeps its own): the rate the
   * bundled default was trained with (docs/models/rcrnet-ner-davis.md).
   */
  static final float FRESH_LEARNING_RATE = 1e-3f;

  /** The scratch export, relative to the project folder; deleted when the job ends. */
  static final String SCRATCH = "models/ner-training-data";

  /**
   * What the job did.
   *
   * @param training the training's steps (in all, counting the model it continued) and last loss
   * @param prediction the prediction of every frame with the new model
   * @param model the checkpoint folder
   */
  public record Result(NerTraining.Result training, PredictSummary prediction, Path model) {
    /** One paragraph for the user: what was trained, where it is, what it filled. */
    public String summary() {
      return String.format(
          Locale.ROOT,
          "RCRNet+NER trained to step %d (last loss %.4f); saved in %s, which this project now"
              + " uses in place of the bundled model. Predicted %d frames into %s.",
          training.steps(),
          training.lastLoss(),
          model,
          prediction.frames(),
          prediction.layer());
    }
  }

  private final ProjectStore store;
  private final FrameSource frames;
  private final long steps;
  private final ComputeDevice device;

  /**
   * @param store the open project; not closed
   * @param frames its frames; not closed
   * @param steps steps to train on top of the model it continues
   * @param device the resolved device
   */
  public ProjectNerTask(ProjectStore store, FrameSource frames, long steps, ComputeDevice device) {
    if (steps < 1) {
      throw new IllegalArgumentException("steps must be at least 1, was " + steps);
    }
    this.store = store;
    this.frames = frames;
    this.steps = steps;
    this.device = device;
  }

  @Override
  public String title() {
    return "Train saliency model on this project";
  }

  @Override
  public Result run(Progress progress) throws IOException {
    requireReviewedFrames();
    Path project = store.directory();
    Path out = ModelChoice.projectFolder(project, MODEL);
    Path start = startingPoint(project);
    Path scratch = project.resolve(SCRATCH);
    Folders.deleteRecursively(scratch);
    try {
      progress.note("Exporting the project's reviewed labels for training");
      new ProjectExport(exportOf(project, scratch), ProjectOpener.sharing(store)).run(progress);
      NerTraining.Result training =
          new NerTrainingTask(trainingOn(scratch, start, out)).run(progress);
      progress.note("Predicting every frame with the model trained on this project");
      try (PredictJob prediction =
          new PredictJob(store, frames, PredictionModels.standard(), ModelChoice.bundled(MODEL))) {
        return new Result(training, prediction.run(progress), out);
      }
    } finally {
      Folders.deleteRecursively(scratch);
    }
  }

  /** Refuses, before anything is written, a project with nothing a person drew or reviewed. */
  private void requireReviewedFrames() {
    Project project = store.project();
    boolean any =
        IntStream.range(0, project.frameCount())
            .anyMatch(frame -> project.frame(frame).state().isHumanTruth());
    if (!any) {
      throw new IllegalArgumentException(
          store.directory()
              + " has no frame to train on: draw a keyframe, or accept or correct some"
              + " pseudo-labels first (unreviewed pseudo-labels are never used)");
    }
  }

  /**
   * The project's own model when it has one (by the rule {@code predict} follows, {@link
   * ModelChoice#forProject}), else the bundled default, else null (fresh).
   */
  private static Path startingPoint(Path project) throws IOException {
    Optional<Path> own = ModelChoice.bundled(MODEL).forProject(project).folder();
    if (own.isPresent()) {
      return own.get();
    }
    return BundledNer.isPresent() ? BundledNer.folder() : null;
  }

  private static ExportRequest exportOf(Path project, Path scratch) {
    return new ExportRequest(
        List.of(ExportInput.of(project)),
        DatasetFormats.byName("davis"),
        scratch,
        ExportOptions.defaults()
            .withSelection(Selection.HUMAN_AND_ACCEPTED)
            .withFrames(FrameSet.ALL));
  }

  private NerTrainingRequest trainingOn(Path export, Path start, Path out) throws IOException {
    NerCheckpoint continued = start == null ? null : NerCheckpoint.read(start);
    return new NerTrainingRequest(
        new ExportNerData(List.of(export), LabelRules.defaults()),
        0,
        (continued == null ? 0 : continued.steps()) + steps,
        1,
        FRESH_LEARNING_RATE,
        continued == null ? NerPreset.MOBILE : continued.network(),
        continued != null && continued.frameByFrame(),
        false,
        out,
        start,
        device,
        (int) Math.max(1, steps / 4),
        1);
  }
}
