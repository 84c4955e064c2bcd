package org.inbetween.app.ui.viewer;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.beans.InvalidationListener;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableSet;
import org.inbetween.app.editing.view.LayerStyle;
import org.inbetween.app.editing.view.ModelColours;
import org.inbetween.app.editing.view.ViewLayer;
import org.inbetween.app.project.MachineLayer;

/**
 * The state behind the layers panel: one {@link LayerRow} per mask layer (human first, then the
 * pseudo-labels, then each model) and the set of objects hidden everywhere. Plain observable
 * values, tested without JavaFX running.
 *
 * <p>Each model layer gets its own colour when its row is added ({@link ModelColours}); a user's
 * change lasts for the session (there is no per-project store of view settings yet).
 *
 * <p>The object list panel hides an object by adding its id to {@link #hiddenObjectIds()}; the
 * viewer watches {@link #revisionProperty()}, which moves on any change to a row or to that set.
 */
public final class LayersViewModel {
  private final ObservableList<LayerRow> rows = FXCollections.observableArrayList();
  // Made once: a read-only view listens to its list weakly, so a view made per call could be
  // collected together with the listeners put on it, which would then hear nothing.
  private final ObservableList<LayerRow> rowsView = FXCollections.unmodifiableObservableList(rows);
  private final ObservableSet<Integer> hiddenObjectIds = FXCollections.observableSet();
  private final ReadOnlyLongWrapper revision = new ReadOnlyLongWrapper(0);
  private final ChangeListener<Object> bump = (obs, old, now) -> bump();
  private final BooleanProperty sideBySide = new SimpleBooleanProperty(false);

  public LayersViewModel() {
    add(ViewLayer.HUMAN);
    add(ViewLayer.of(MachineLayer.pseudo()));
    hiddenObjectIds.addListener((InvalidationListener) obs -> bump());
    sideBySide.addListener(bump);
  }

  /**
   * Whether the model layers are drawn on a second copy of the frame beside the first, which then
   * shows the human masks and pseudo-labels only: two answers next to each other instead of on top
   * of each other.
   */
  public BooleanProperty sideBySideProperty() {
    return sideBySide;
  }

  /**
   * The side-by-side command: switches the second copy on or off. Switching it on with every model
   * layer hidden shows the first one, so the copy is never empty.
   *
   * @return false (and nothing changes) when there is no model layer to put beside the labels
   */
  public boolean toggleSideBySide() {
    List<LayerRow> models = modelRows();
    if (sideBySide.get()) {
      sideBySide.set(false);
      return true;
    }
    if (models.isEmpty()) {
      return false;
    }
    if (models.stream().noneMatch(row -> row.visibleProperty().get())) {
      models.get(0).visibleProperty().set(true);
    }
    sideBySide.set(true);
    return true;
  }

  private List<LayerRow> modelRows() {
    return rows.stream().filter(row -> LayerRow.isModel(row.layer())).toList();
  }

  public ObservableList<LayerRow> rows() {
    return rowsView;
  }

  /** Ids of the objects not drawn in any layer; the object list adds and removes them. */
  public ObservableSet<Integer> hiddenObjectIds() {
    return hiddenObjectIds;
  }

  /** Moves by one on every change that alters the overlay's look. */
  public ReadOnlyLongProperty revisionProperty() {
    return revision.getReadOnlyProperty();
  }

  /** Adds a row for each layer in {@code present} that has none yet (a model that just ran). */
  public void include(Set<MachineLayer> present) {
    present.stream()
        .map(ViewLayer::of)
        .filter(layer -> row(layer) == null)
        .sorted(Comparator.comparing(ViewLayer::name))
        .forEach(this::add);
  }

  /** The row of {@code layer}, or null if the panel has none. */
  public LayerRow row(ViewLayer layer) {
    return rows.stream().filter(r -> r.layer().equals(layer)).findFirst().orElse(null);
  }

  /** The current style of every row, for composing an overlay. */
  public Map<ViewLayer, LayerStyle> styles() {
    Map<ViewLayer, LayerStyle> styles = new LinkedHashMap<>();
    rows.forEach(row -> styles.put(row.layer(), row.style()));
    return styles;
  }

  /**
   * The compare command: turns the difference view off on every model layer if any shows it;
   * otherwise shows the first visible model layer (by name; else the first model layer) as its
   * difference with the pseudo-label or human mask. With several models, the Diff toggle of each
   * row picks another one.
   *
   * @return false when there is no model layer to compare
   */
  public boolean toggleCompare() {
    List<LayerRow> models = modelRows();
    if (models.isEmpty()) {
      return false;
    }
    if (models.stream().anyMatch(row -> row.differenceProperty().get())) {
      models.forEach(row -> row.differenceProperty().set(false));
      return true;
    }
    LayerRow chosen =
        models.stream()
            .filter(row -> row.visibleProperty().get())
            .findFirst()
            .orElse(models.get(0));
    chosen.visibleProperty().set(true);
    chosen.differenceProperty().set(true);
    return true;
  }

  private void add(ViewLayer layer) {
    List<Integer> taken =
        rows.stream()
            .map(row -> row.style().tint())
            .filter(tint -> tint != LayerStyle.OBJECT_COLOURS)
            .toList();
    LayerRow row = LayerRow.withDefaults(layer, ModelColours.defaultFor(layer.name(), taken));
    for (ObservableValue<?> dependency : row.dependencies()) {
      dependency.addListener(bump);
    }
    rows.add(row);
    bump();
  }

  private void bump() {
    revision.set(revision.get() + 1);
  }
}
