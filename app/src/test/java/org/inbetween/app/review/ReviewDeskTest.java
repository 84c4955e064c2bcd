package org.inbetween.app.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.inbetween.app.project.Decision;
import org.inbetween.app.project.FrameRecord;
import org.inbetween.app.project.FrameState;
import org.inbetween.app.project.HumanMaskConflictException;
import org.inbetween.app.project.MachineLayer;
import org.inbetween.app.project.store.ProjectStore;
import org.inbetween.app.video.demo.DemoVideo;
import org.inbetween.models.image.LabelMask;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Decisions go to disk with the reviewer's name and survive closing and reopening the project. */
class ReviewDeskTest {
  @TempDir Path dir;
  private final DemoVideo demo = new DemoVideo();

  @Test
  void anAcceptanceIsJournalledAndSurvivesReopening() throws Exception {
    try (ProjectStore store = ReviewFixture.create(dir)) {
      new ReviewDesk(store).accept(4, "ana");
      assertTrue(ReviewFixture.journalHasDecision(dir, 4, "ACCEPT", "ana"));
    }
    try (ProjectStore reopened = ProjectStore.open(dir)) {
      FrameRecord record = reopened.project().frame(4);
      assertEquals(FrameState.ACCEPTED, record.state());
      assertEquals("ana", record.lastReview().orElseThrow().reviewer());
      assertEquals(Decision.Kind.ACCEPT, record.lastReview().orElseThrow().decision());
      assertEquals(demo.groundTruth(4), reopened.humanMask(4).orElseThrow());
    }
  }

  @Test
  void aRejectionKeepsThePseudoLabelAndTheReason() throws Exception {
    try (ProjectStore store = ReviewFixture.create(dir)) {
      new ReviewDesk(store).reject(6, "  leaks into the shadow ", "ana");
      assertTrue(ReviewFixture.journalHasDecision(dir, 6, "REJECT", "ana"));
    }
    try (ProjectStore reopened = ProjectStore.open(dir)) {
      FrameRecord record = reopened.project().frame(6);
      assertEquals(FrameState.REJECTED, record.state());
      assertEquals("leaks into the shadow", record.lastReview().orElseThrow().reason());
      assertEquals(
          demo.groundTruth(6), reopened.machineMask(MachineLayer.pseudo(), 6).orElseThrow());
      assertTrue(reopened.humanMask(6).isEmpty());
    }
  }

  @Test
  void aCorrectionBecomesHumanTruth() throws Exception {
    LabelMask fixed = demo.groundTruth(2).withoutObject(3);
    try (ProjectStore store = ReviewFixture.create(dir)) {
      new ReviewDesk(store).correct(fixed, "ana");
    }
    try (ProjectStore reopened = ProjectStore.open(dir)) {
      assertEquals(FrameState.CORRECTED, reopened.project().frame(2).state());
      assertEquals(
          Decision.Kind.CORRECT, reopened.project().frame(2).lastReview().orElseThrow().decision());
      assertEquals(fixed, reopened.humanMask(2).orElseThrow());
    }
  }

  @Test
  void aRangeAcceptsOnlyWhatWaits() throws Exception {
    try (ProjectStore store = ReviewFixture.create(dir)) {
      ReviewDesk desk = new ReviewDesk(store);
      desk.reject(3, "", "ana");
      ReviewDesk.RangeAcceptance done = desk.acceptRange(0, 5, "ana");
      assertEquals(List.of(1, 2, 4, 5), done.accepted());
      assertTrue(done.skipped().isEmpty());
      assertEquals(FrameState.KEYFRAME, store.project().frame(0).state());
      assertEquals(FrameState.REJECTED, store.project().frame(3).state());
      assertEquals(FrameState.PSEUDO_LABELLED, store.project().frame(6).state());
      assertEquals(List.of(1, 2, 4, 5), store.project().framesIn(FrameState.ACCEPTED));
    }
  }

  @Test
  void anEmptyRangeIsRefused() throws Exception {
    try (ProjectStore store = ReviewFixture.create(dir)) {
      assertThrows(
          IllegalArgumentException.class, () -> new ReviewDesk(store).acceptRange(6, 2, "ana"));
    }
  }

  @Test
  void acceptingNeverReplacesHumanWork() throws Exception {
    try (ProjectStore store = ReviewFixture.create(dir)) {
      LabelMask painted = demo.groundTruth(5).withoutObject(1);
      store.putHumanMask(painted, "painter");
      assertThrows(HumanMaskConflictException.class, () -> new ReviewDesk(store).accept(5, "ana"));
      assertEquals(painted, store.humanMask(5).orElseThrow());
    }
  }
}
