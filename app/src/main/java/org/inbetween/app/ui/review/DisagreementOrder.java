package org.inbetween.app.ui.review;

import java.util.Comparator;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.inbetween.app.project.MachineLayer;
import org.inbetween.app.quality.DisagreementTask;
import org.inbetween.app.ui.jobs.FxTaskRunner;
import org.inbetween.app.ui.session.EditorSession;

/**
 * The review queue's order by model disagreement: the user chooses a model layer, a {@link
 * DisagreementTask} computes 1 − IoU against the pseudo-label on every frame as a job (off the
 * JavaFX thread, in the jobs panel), and its result reorders the queue, highest first. Choosing no
 * model goes back to confidence order. javafx.beans only: tested without JavaFX running.
 *
 * <p>The values are those of the moment the model was chosen; after new predictions or
 * pseudo-labels, choose the model again to recompute.
 */
public final class DisagreementOrder {
  private final EditorSession session;
  private final FxTaskRunner jobs;
  private final ReviewViewModel review;
  private final Consumer<Throwable> onFailure;
  private final ObservableList<MachineLayer> models = FXCollections.observableArrayList();
  // Made once: a read-only view listens to its list weakly, so a view made per call could be
  // collected together with the listeners put on it, which would then hear nothing.
  private final ObservableList<MachineLayer> modelsView =
      FXCollections.unmodifiableObservableList(models);
  private final ObjectProperty<MachineLayer> chosen = new SimpleObjectProperty<>();
  private final ReadOnlyBooleanWrapper computing = new ReadOnlyBooleanWrapper(false);
  private CompletableFuture<Map<Integer, Double>> job = CompletableFuture.completedFuture(Map.of());

  /** Counts choices, so that a late result of an earlier choice is dropped. */
  private long generation;

  /**
   * @param onFailure told when the computation fails or is cancelled (never with null)
   */
  public DisagreementOrder(
      EditorSession session,
      FxTaskRunner jobs,
      ReviewViewModel review,
      Consumer<Throwable> onFailure) {
    this.session = Objects.requireNonNull(session, "session");
    this.jobs = Objects.requireNonNull(jobs, "jobs");
    this.review = Objects.requireNonNull(review, "review");
    this.onFailure = Objects.requireNonNull(onFailure, "onFailure");
    listModels();
    session.revisionProperty().addListener((obs, old, now) -> listModels());
    chosen.addListener((obs, old, now) -> order(now));
  }

  /** The project's model layers, by name: what can be chosen. */
  public ObservableList<MachineLayer> models() {
    return modelsView;
  }

  /** The model layer the queue is ordered by; null for confidence order. */
  public ObjectProperty<MachineLayer> chosenProperty() {
    return chosen;
  }

  /** True while the disagreement job runs. */
  public ReadOnlyBooleanProperty computingProperty() {
    return computing.getReadOnlyProperty();
  }

  private void listModels() {
    var present =
        session.store().machineLayers().stream()
            .filter(layer -> !layer.isPseudo())
            .sorted(Comparator.comparing(MachineLayer::folder))
            .toList();
    if (!present.equals(models)) {
      models.setAll(present);
    }
  }

  private void order(MachineLayer model) {
    job.cancel(true);
    long mine = ++generation;
    if (model == null) {
      computing.set(false);
      review.disagreementProperty().set(Map.of());
      return;
    }
    computing.set(true);
    job = jobs.runAsync(new DisagreementTask(session.store(), model));
    job.whenComplete(
        (result, failure) -> {
          if (mine != generation) {
            return;
          }
          computing.set(false);
          if (failure != null) {
            onFailure.accept(failure);
          } else {
            review.disagreementProperty().set(result);
          }
        });
  }
}
