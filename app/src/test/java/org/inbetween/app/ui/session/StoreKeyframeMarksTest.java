package org.inbetween.app.ui.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalInt;
import org.inbetween.app.editing.navigation.FrameNavigator;
import org.inbetween.app.editing.navigation.Jump;
import org.inbetween.app.editing.navigation.KeyframeSlots;
import org.inbetween.app.editing.navigation.ReviewedProject;
import org.inbetween.app.project.Project;
import org.inbetween.app.project.store.ProjectStore;
import org.inbetween.app.project.store.StoreOptions;
import org.inbetween.app.video.demo.DemoVideo;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The editor's keyframe marks go through the store: journaled, named, and there after reopening.
 */
class StoreKeyframeMarksTest {
  @TempDir Path dir;
  private EditorSession session;
  private StoreKeyframeMarks marks;

  @BeforeEach
  void open() throws Exception {
    session = new EditorSession(ReviewedProject.create(dir.resolve("p")), new DemoVideo());
    session.userNameProperty().set("ana");
    marks = new StoreKeyframeMarks(session);
  }

  @AfterEach
  void close() throws Exception {
    session.close();
  }

  @Test
  void marksReachTheSessionAndSurviveReopeningForTheNavigator() throws Exception {
    long revision = session.revisionProperty().get();
    marks.mark(17, true);
    marks.mark(15, false);
    assertEquals(revision + 2, session.revisionProperty().get());
    assertTrue(marks.slots(session.project()).isSlot(17), "the session's snapshot has the mark");

    session.close();
    try (ProjectStore store =
        ProjectStore.open(dir.resolve("p"), StoreOptions.defaults().withoutAutosave())) {
      Project reopened = store.project();
      FrameNavigator navigator = new FrameNavigator(reopened, marks.slots(reopened));
      assertEquals(OptionalInt.of(17), navigator.find(Jump.NEXT_KEYFRAME, 12));
      assertEquals(OptionalInt.of(17), navigator.find(Jump.NEXT_UNLABELLED_SLOT, 12));
      assertEquals(KeyframeSlots.of(reopened), marks.slots(reopened));
    }
  }

  @Test
  void marksAreJournaledUnderTheUsersNameOrTheAccountName() throws Exception {
    marks.mark(17, true);
    session.userNameProperty().set(" ");
    marks.mark(18, true);
    List<String> lines = Files.readAllLines(dir.resolve("p").resolve("journal.log"));
    assertTrue(lines.get(lines.size() - 2).contains("\"author\":\"ana\""));
    assertTrue(
        lines.get(lines.size() - 1).contains("\"author\":\"" + System.getProperty("user.name")),
        lines.get(lines.size() - 1));
  }

  @Test
  void aFrameOutsideTheVideoIsRefusedAndNothingChanges() {
    Project before = session.project();
    long revision = session.revisionProperty().get();
    assertThrows(IllegalArgumentException.class, () -> marks.mark(ReviewedProject.FRAMES, true));
    assertEquals(before, session.store().project());
    assertEquals(revision, session.revisionProperty().get());
    assertFalse(session.project().isKeyframeSlot(ReviewedProject.FRAMES - 1));
  }
}
