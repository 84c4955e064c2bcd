package org.inbetween.app.ui.objects;

import java.util.function.Consumer;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableSet;
import org.inbetween.app.project.Project;
import org.inbetween.app.project.TrackedObject;
import org.inbetween.app.ui.session.EditorSession;
import org.inbetween.app.ui.tools.MaskEditor;

/**
 * The object list without its controls: the project's objects, which one the tools paint, which are
 * hidden, and whether the current one is marked absent on the current frame. Changes go through the
 * {@link MaskEditor} so that they reach the store in order with the mask saves (deleting an object
 * never overtakes a pending save that still paints it).
 *
 * <p>Plain observable values: tested without JavaFX running.
 */
public final class ObjectListViewModel {
  /** Keys 1..9 select the first nine objects. */
  public static final int NUMBER_KEYS = 9;

  private final MaskEditor editor;
  private final EditorSession session;
  private final ObservableList<TrackedObject> objects = FXCollections.observableArrayList();
  private final ObservableSet<Integer> hidden = FXCollections.observableSet();
  private final ReadOnlyBooleanWrapper currentAbsent = new ReadOnlyBooleanWrapper();

  public ObjectListViewModel(MaskEditor editor) {
    this.editor = editor;
    this.session = editor.session();
    session.projectProperty().addListener((obs, old, now) -> refresh());
    session.currentFrameProperty().addListener((obs, old, now) -> refresh());
    session.currentObjectIdProperty().addListener((obs, old, now) -> refresh());
    refresh();
  }

  /** The live objects by ascending id. */
  public ObservableList<TrackedObject> objects() {
    return objects;
  }

  /** Ids whose masks the viewer should not draw; only a view setting, never stored. */
  public ObservableSet<Integer> hiddenIds() {
    return hidden;
  }

  /** The object the tools paint (the session's). */
  public IntegerProperty currentObjectIdProperty() {
    return session.currentObjectIdProperty();
  }

  /** True when the current object is marked absent on the current frame. */
  public ReadOnlyBooleanProperty currentAbsentProperty() {
    return currentAbsent.getReadOnlyProperty();
  }

  /** Adds an object (a default name when {@code name} is blank) and makes it current. */
  public void add(String name, String defaultName) {
    add(name, defaultName, added -> {});
  }

  /**
   * Adds an object, makes it current, then hands it to {@code then} once it is in {@link
   * #objects()} (the "+" button starts renaming it in place).
   */
  public void add(String name, String defaultName, Consumer<TrackedObject> then) {
    String chosen = name == null || name.isBlank() ? defaultName : name.strip();
    editor.storeEdit(
        store -> store.addObject(chosen),
        added -> {
          session.edited(); // the list holds it before anyone looks for its row
          currentObjectIdProperty().set(added.id());
          then.accept(added);
        });
  }

  /** Renames; a blank name is ignored. */
  public void rename(int id, String name) {
    if (name != null && !name.isBlank()) {
      editor.storeEdit(store -> store.renameObject(id, name.strip()), renamed -> {});
    }
  }

  /** Gives the object a display colour 0xRRGGBB. */
  public void recolour(int id, int rgb) {
    editor.storeEdit(store -> store.recolourObject(id, rgb), recoloured -> {});
  }

  public void toggleHidden(int id) {
    if (!hidden.remove(id)) {
      hidden.add(id);
    }
  }

  /** Deletes the object from every frame (the view asks for confirmation first). */
  public void delete(int id) {
    editor.storeEdit(
        store -> {
          store.deleteObject(id);
          return null;
        },
        ignored -> {
          hidden.remove(id);
          if (currentObjectIdProperty().get() == id) {
            Project project = session.project();
            currentObjectIdProperty()
                .set(project.objects().isEmpty() ? 0 : project.objects().get(0).id());
          }
        });
  }

  /** Key {@code n} (1..9): the n-th object in the list becomes current, if there is one. */
  public void selectNumber(int n) {
    if (n >= 1 && n <= Math.min(NUMBER_KEYS, objects.size())) {
      currentObjectIdProperty().set(objects.get(n - 1).id());
    }
  }

  /** Marks the current object absent on the current frame (erasing its pixels there), or not. */
  public void setCurrentAbsent(boolean absent) {
    editor.setAbsent(absent);
  }

  private void refresh() {
    Project project = session.project();
    if (!objects.equals(project.objects())) {
      objects.setAll(project.objects());
    }
    int id = currentObjectIdProperty().get();
    currentAbsent.set(id != 0 && project.frame(session.currentFrame()).isAbsent(id));
  }
}
