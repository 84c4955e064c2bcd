package org.inbetween.app.ui.objects;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.inbetween.app.editing.Brush;
import org.inbetween.app.editing.ImagePoint;
import org.inbetween.app.editing.Ink;
import org.inbetween.app.project.TrackedObject;
import org.inbetween.app.project.store.ProjectStore;
import org.inbetween.app.ui.session.EditorSession;
import org.inbetween.app.ui.tools.MaskEditor;
import org.inbetween.app.ui.tools.TestSessions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The object list's view model against a real project store, without JavaFX. */
class ObjectListViewModelTest {
  @TempDir Path dir;
  private EditorSession session;
  private MaskEditor editor;
  private ObjectListViewModel model;

  private void open(String... objects) throws Exception {
    session = TestSessions.demo(dir, objects);
    editor = TestSessions.synchronousEditor(session);
    model = new ObjectListViewModel(editor);
  }

  @AfterEach
  void close() throws Exception {
    if (session != null) {
      session.close();
    }
  }

  private static List<String> names(List<TrackedObject> objects) {
    return objects.stream().map(TrackedObject::name).toList();
  }

  @Test
  void addRenameRecolourReachTheStoreAndTheList() throws Exception {
    open("car");
    model.add("dog", "unused");
    assertEquals(2, model.currentObjectIdProperty().get(), "a new object becomes current");
    model.add("  ", "object 3");
    model.rename(1, "red car");
    model.rename(2, " ");
    model.recolour(2, 0x123456);

    assertEquals(List.of("red car", "dog", "object 3"), names(model.objects()));
    session.close();
    session = null;
    try (ProjectStore reopened = TestSessions.reopen(dir)) {
      assertEquals(List.of("red car", "dog", "object 3"), names(reopened.project().objects()));
      assertEquals(0x123456, reopened.project().object(2).orElseThrow().rgb());
    }
  }

  @Test
  void numberKeysSelectByListPosition() throws Exception {
    open("a", "b", "c");
    model.selectNumber(3);
    assertEquals(3, model.currentObjectIdProperty().get());
    model.delete(2);
    model.selectNumber(2);
    assertEquals(3, model.currentObjectIdProperty().get(), "key 2 is now the second object, id 3");
    model.selectNumber(3);
    model.selectNumber(0);
    assertEquals(3, model.currentObjectIdProperty().get(), "keys without an object do nothing");
  }

  @Test
  void deletingTheCurrentObjectErasesItsPixelsAndPicksAnother() throws Exception {
    open("a", "b");
    model.selectNumber(2);
    editor.modify(
        m -> Brush.segment(m, new ImagePoint(10, 10), new ImagePoint(90, 60), 8, Ink.paint(2)));
    editor.commit();
    model.toggleHidden(2);

    model.delete(2);

    assertEquals(List.of("a"), names(model.objects()));
    assertEquals(1, model.currentObjectIdProperty().get());
    assertFalse(model.hiddenIds().contains(2));
    assertEquals(0, editor.committed().area(2), "the editor shows the object gone");
    assertEquals(0, session.store().humanMask(0).orElseThrow().area(2));
  }

  @Test
  void hidingIsAViewSettingToggledPerObject() throws Exception {
    open("a", "b");
    model.toggleHidden(1);
    assertEquals(java.util.Set.of(1), model.hiddenIds());
    model.toggleHidden(1);
    assertTrue(model.hiddenIds().isEmpty());
  }

  @Test
  void theAbsentMarkFollowsTheCurrentObjectAndFrame() throws Exception {
    open("a", "b");
    model.setCurrentAbsent(true);
    assertTrue(model.currentAbsentProperty().get());
    assertTrue(session.project().frame(0).isAbsent(1));

    model.selectNumber(2);
    assertFalse(model.currentAbsentProperty().get(), "object 2 is not marked");
    model.selectNumber(1);
    session.currentFrameProperty().set(4);
    assertFalse(model.currentAbsentProperty().get(), "frame 4 is not marked");
    session.currentFrameProperty().set(0);
    assertTrue(model.currentAbsentProperty().get());
    model.setCurrentAbsent(false);
    assertFalse(session.project().frame(0).isAbsent(1));
  }
}
