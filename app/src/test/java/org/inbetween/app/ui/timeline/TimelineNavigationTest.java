package org.inbetween.app.ui.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.inbetween.app.editing.navigation.Jump;
import org.inbetween.app.editing.navigation.ReviewedProject;
import org.inbetween.app.project.store.ProjectStore;
import org.inbetween.app.project.store.StoreOptions;
import org.inbetween.app.ui.session.EditorSession;
import org.inbetween.app.ui.session.StoreKeyframeMarks;
import org.inbetween.app.video.demo.DemoVideo;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The timeline's commands on a real session, without a window. */
class TimelineNavigationTest {
  @TempDir Path dir;
  private EditorSession session;
  private TimelineNavigation navigation;

  @BeforeEach
  void open() throws Exception {
    session = new EditorSession(ReviewedProject.create(dir.resolve("p")), new DemoVideo());
    navigation = new TimelineNavigation(session, new StoreKeyframeMarks(session));
  }

  @AfterEach
  void close() throws Exception {
    session.close();
  }

  @Test
  void jumpsMoveTheCurrentFrame() {
    assertTrue(navigation.jump(Jump.NEXT_REJECTED));
    assertEquals(2, session.currentFrame());
    assertTrue(navigation.jump(Jump.NEXT_UNREVIEWED));
    assertEquals(4, session.currentFrame());
    assertTrue(navigation.jump(Jump.NEXT_UNLABELLED_SLOT));
    assertEquals(15, session.currentFrame());
    assertTrue(navigation.jump(Jump.PREVIOUS_KEYFRAME));
    assertEquals(12, session.currentFrame());
    assertNull(navigation.missedProperty().get());
  }

  @Test
  void aJumpThatFindsNothingStaysPutAndSaysWhich() {
    session.currentFrameProperty().set(30);
    assertFalse(navigation.jump(Jump.NEXT_REJECTED));
    assertEquals(30, session.currentFrame());
    assertEquals(Jump.NEXT_REJECTED, navigation.missedProperty().get());
    assertTrue(navigation.jump(Jump.NEXT_KEYFRAME));
    assertNull(navigation.missedProperty().get());
  }

  @Test
  void changingLIsStoredAndMovesTheSlots() throws Exception {
    long revision = session.revisionProperty().get();
    navigation.setKeyframeInterval(4);
    assertEquals(4, session.project().keyframeInterval());
    assertTrue(session.revisionProperty().get() > revision);
    assertTrue(navigation.jump(Jump.NEXT_UNLABELLED_SLOT));
    assertEquals(4, session.currentFrame(), "4 is a slot now and pseudo-labelled only");

    session.close();
    try (ProjectStore reopened =
        ProjectStore.open(dir.resolve("p"), StoreOptions.defaults().withoutAutosave())) {
      assertEquals(4, reopened.project().keyframeInterval());
    }
  }

  @Test
  void aBadIntervalIsRefusedAndChangesNothing() {
    assertThrows(IllegalArgumentException.class, () -> navigation.setKeyframeInterval(0));
    assertEquals(5, session.project().keyframeInterval());
  }

  @Test
  void markingTogglesTheCurrentFrameAsASlotAndIsStored() throws Exception {
    session.currentFrameProperty().set(17);
    assertFalse(navigation.isCurrentFrameSlot());
    long revision = session.revisionProperty().get();
    navigation.toggleKeyframeMark();
    assertTrue(navigation.isCurrentFrameSlot());
    assertTrue(session.revisionProperty().get() > revision, "the timeline hears of the mark");
    session.currentFrameProperty().set(12);
    assertTrue(navigation.jump(Jump.NEXT_UNLABELLED_SLOT));
    assertEquals(15, session.currentFrame());
    navigation.toggleKeyframeMark(); // unmark the grid slot 15
    session.currentFrameProperty().set(12);
    assertTrue(navigation.jump(Jump.NEXT_UNLABELLED_SLOT));
    assertEquals(17, session.currentFrame());

    session.close();
    try (ProjectStore reopened =
        ProjectStore.open(dir.resolve("p"), StoreOptions.defaults().withoutAutosave())) {
      assertTrue(reopened.project().isKeyframeSlot(17));
      assertFalse(reopened.project().isKeyframeSlot(15));
    }
  }
}
