package org.inbetween.app.ui.trace;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.inbetween.app.project.FrameRecord;
import org.inbetween.app.project.MachineLayer;
import org.inbetween.app.project.Project;
import org.inbetween.app.quality.GroundTruthFolder;
import org.inbetween.app.quality.QualityEstimate;
import org.inbetween.app.quality.QualityReport;
import org.inbetween.app.quality.TrueJTrace;
import org.inbetween.app.review.ReviewScore;
import org.inbetween.app.task.Task;
import org.inbetween.app.ui.jobs.FxTaskRunner;
import org.inbetween.app.ui.session.EditorSession;

/**
 * What the trace panel plots, without the chart, so that it is tested without a window: per frame
 * the pseudo-labels' recorded confidence, the leave-one-out J of the human keyframes that have a
 * keyframe on both sides ({@link QualityEstimate}), and, when ground truth is at hand, the true J
 * of the current masks ({@link TrueJTrace}).
 *
 * <pre>{@code
 * TraceViewModel trace = new TraceViewModel(session, jobs, window::report);
 * trace.refresh(); // two jobs: the estimate and the true J
 * trace.looJ();    // TracePoint(10, 0.93), TracePoint(20, 0.88)
 * }</pre>
 *
 * <p>Confidence is read from provenance, which is cheap, again after every edit. The two J traces
 * need a generator run or a pass over the ground truth, so they are jobs: {@link #refresh()} starts
 * them (the panel does when it opens and after a pseudo-label run) and edits meanwhile only mark
 * them {@link #outOfDateProperty() out of date}. Ground truth is looked for beside a DAVIS source
 * when the model is made, or given with {@link #useGroundTruth}.
 */
public final class TraceViewModel {
  /** Fewer human keyframes leave none with a keyframe on both sides: nothing to leave out. */
  private static final int KEYFRAMES_FOR_AN_ESTIMATE = 3;

  private final EditorSession session;
  private final FxTaskRunner jobs;
  private final Consumer<Throwable> onFailure;
  private final ObservableList<TracePoint> confidence = FXCollections.observableArrayList();
  private final ObservableList<TracePoint> looJ = FXCollections.observableArrayList();
  private final ObservableList<TracePoint> trueJ = FXCollections.observableArrayList();

  // Read-only views made once: a view listens to its list weakly, so one made per call could be
  // collected together with the listeners the chart put on it.
  private final ObservableList<TracePoint> confidenceView =
      FXCollections.unmodifiableObservableList(confidence);
  private final ObservableList<TracePoint> looJView =
      FXCollections.unmodifiableObservableList(looJ);
  private final ObservableList<TracePoint> trueJView =
      FXCollections.unmodifiableObservableList(trueJ);
  private final ReadOnlyObjectWrapper<GroundTruthFolder> groundTruth =
      new ReadOnlyObjectWrapper<>();
  private final ReadOnlyStringWrapper groundTruthProblem = new ReadOnlyStringWrapper("");
  private final BooleanProperty trueJShown = new SimpleBooleanProperty(true);
  private final ReadOnlyBooleanWrapper outOfDate = new ReadOnlyBooleanWrapper(true);
  private CompletableFuture<?> estimateJob = CompletableFuture.completedFuture(null);
  private CompletableFuture<?> trueJJob = CompletableFuture.completedFuture(null);

  /**
   * @param jobs runs the estimate and the true J
   * @param onFailure told when one of those jobs fails or is cancelled (never with null)
   */
  public TraceViewModel(EditorSession session, FxTaskRunner jobs, Consumer<Throwable> onFailure) {
    this.session = Objects.requireNonNull(session, "session");
    this.jobs = Objects.requireNonNull(jobs, "jobs");
    this.onFailure = Objects.requireNonNull(onFailure, "onFailure");
    readConfidence();
    session
        .revisionProperty()
        .addListener(
            (obs, old, now) -> {
              readConfidence();
              outOfDate.set(true);
            });
    trueJShown.addListener(
        (obs, old, shown) -> {
          if (shown) {
            computeTrueJ();
          } else {
            trueJ.clear();
          }
        });
    findGroundTruthBesideTheSource();
  }

  /** Recorded confidence of the pseudo-labels, 0..1 where a frame has one. */
  public ObservableList<TracePoint> confidence() {
    return confidenceView;
  }

  /** Leave-one-out J, only at the human keyframes that could be left out. */
  public ObservableList<TracePoint> looJ() {
    return looJView;
  }

  /** J of the current masks against the ground truth, where both exist; empty while hidden. */
  public ObservableList<TracePoint> trueJ() {
    return trueJView;
  }

  /** The ground truth in use; null when there is none. */
  public ReadOnlyObjectProperty<GroundTruthFolder> groundTruthProperty() {
    return groundTruth.getReadOnlyProperty();
  }

  /** Why the folder beside a DAVIS source could not serve as ground truth; empty otherwise. */
  public ReadOnlyStringProperty groundTruthProblemProperty() {
    return groundTruthProblem.getReadOnlyProperty();
  }

  /** Whether true J is computed and drawn (when there is ground truth); on by default. */
  public BooleanProperty trueJShownProperty() {
    return trueJShown;
  }

  /** True when the project changed since the J traces were computed, or before the first time. */
  public ReadOnlyBooleanProperty outOfDateProperty() {
    return outOfDate.getReadOnlyProperty();
  }

  /**
   * Recomputes the leave-one-out J and, when there is ground truth and it is shown, the true J, as
   * jobs; jobs of an earlier refresh still running are cancelled first, so a late result never
   * overwrites a newer one. The future completes (on the JavaFX thread) once both traces are in.
   */
  public CompletableFuture<Void> refresh() {
    estimateJob.cancel(true);
    outOfDate.set(false);
    if (humanKeyframes(session.project()) >= KEYFRAMES_FOR_AN_ESTIMATE) {
      estimateJob = start(estimateTask(), this::showEstimate);
    } else {
      looJ.clear();
      estimateJob = CompletableFuture.completedFuture(null);
    }
    return CompletableFuture.allOf(estimateJob, computeTrueJ());
  }

  /**
   * Uses the masks in {@code folder} as ground truth from now on and computes the true J against
   * them as a job.
   *
   * @throws IOException naming the folder, or the file, when it cannot serve ({@link
   *     GroundTruthFolder#open}); the ground truth in use then stays
   */
  public CompletableFuture<?> useGroundTruth(Path folder) throws IOException {
    groundTruth.set(GroundTruthFolder.open(folder, session.frames()));
    groundTruthProblem.set("");
    if (trueJShown.get()) {
      return computeTrueJ();
    }
    trueJShown.set(true); // the listener computes it
    return trueJJob;
  }

  /** Starts the true J job, when there is ground truth and the trace is shown, in place of any. */
  private CompletableFuture<?> computeTrueJ() {
    trueJJob.cancel(true);
    trueJJob =
        groundTruth.get() == null || !trueJShown.get()
            ? CompletableFuture.completedFuture(null)
            : start(new TrueJTrace(session.store(), groundTruth.get()), this::showTrueJ);
    return trueJJob;
  }

  private void findGroundTruthBesideTheSource() {
    GroundTruthFolder.besideSource(session.project(), session.store().directory())
        .ifPresent(
            folder -> {
              try {
                groundTruth.set(GroundTruthFolder.open(folder, session.frames()));
              } catch (IOException e) {
                groundTruthProblem.set(e.getMessage());
              }
            });
  }

  private <T> CompletableFuture<T> start(Task<T> task, Consumer<T> show) {
    CompletableFuture<T> job = jobs.runAsync(task);
    job.whenComplete(
        (result, failure) -> {
          if (failure != null) {
            onFailure.accept(failure);
          } else {
            show.accept(result);
          }
        });
    return job;
  }

  private Task<QualityReport> estimateTask() {
    return Task.of(
        "Trace: leave-one-out J",
        progress -> {
          try (QualityEstimate estimate =
              QualityEstimate.ofProject(
                  session.store(), session.frames(), session.leaveOneOutMemo())) {
            return estimate.run(progress);
          }
        });
  }

  private void showEstimate(QualityReport report) {
    looJ.setAll(
        report.keyframes().stream().map(k -> new TracePoint(k.frame(), clamp(k.j()))).toList());
  }

  private void showTrueJ(double[] j) {
    if (!trueJShown.get()) {
      return;
    }
    List<TracePoint> points = new ArrayList<>();
    for (int k = 0; k < j.length; k++) {
      if (!Double.isNaN(j[k])) {
        points.add(new TracePoint(k, j[k]));
      }
    }
    trueJ.setAll(points);
  }

  /** Only touched frames can hold a pseudo-label, so this costs the labelled frames, not all. */
  private void readConfidence() {
    Project project = session.project();
    List<TracePoint> points = new ArrayList<>();
    for (FrameRecord record : project.frames().values()) {
      session
          .store()
          .machineProvenance(MachineLayer.pseudo(), record.frame())
          .map(ReviewScore::of)
          .filter(value -> value.isPresent())
          .ifPresent(
              value -> points.add(new TracePoint(record.frame(), clamp(value.getAsDouble()))));
    }
    confidence.setAll(points);
  }

  private static int humanKeyframes(Project project) {
    return (int) project.frames().values().stream().filter(r -> r.humanLabel().isPresent()).count();
  }

  private static double clamp(double value) {
    return Math.max(0, Math.min(1, value));
  }
}
