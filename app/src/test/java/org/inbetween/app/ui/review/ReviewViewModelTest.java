package org.inbetween.app.ui.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.inbetween.app.project.Decision;
import org.inbetween.app.project.FrameState;
import org.inbetween.app.review.ReviewCounts;
import org.inbetween.app.review.ReviewFixture;
import org.inbetween.app.review.ReviewItem;
import org.inbetween.app.ui.commands.UiText;
import org.inbetween.app.ui.session.EditorSession;
import org.inbetween.app.video.demo.DemoVideo;
import org.inbetween.models.image.LabelMask;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The review panel's behaviour without JavaFX running, against a real project on disk. */
class ReviewViewModelTest {
  @TempDir Path dir;
  private final DemoVideo demo = new DemoVideo();
  private final UiText text = UiText.load(Locale.ENGLISH, UiText.REVIEW);
  private final List<String> suggestions = new ArrayList<>();
  private final List<String> remembered = new ArrayList<>();
  private Optional<String> answer = Optional.of(ReviewFixture.REVIEWER);
  private EditorSession session;
  private ReviewViewModel model;

  @BeforeEach
  void open() throws Exception {
    session = new EditorSession(ReviewFixture.create(dir), new DemoVideo());
    ReviewerMemory memory =
        new ReviewerMemory() {
          @Override
          public String recall() {
            return "bo";
          }

          @Override
          public void remember(String name) {
            remembered.add(name);
          }
        };
    model =
        new ReviewViewModel(
            session,
            suggestion -> {
              suggestions.add(suggestion);
              return answer;
            },
            memory,
            text);
  }

  @AfterEach
  void close() throws Exception {
    session.close();
  }

  private List<Integer> queuedFrames() {
    return model.queue().stream().map(ReviewItem::frame).toList();
  }

  private int current() {
    return model.currentProperty().get().frame();
  }

  private FrameState state(int frame) {
    return session.store().project().frame(frame).state();
  }

  @Test
  void startsOnTheWorstFrameAndShowsIt() {
    assertEquals(ReviewFixture.WORST_FIRST, queuedFrames());
    assertEquals(4, current());
    assertEquals(4, session.currentFrame());
    assertEquals(new ReviewCounts(0, 0, 0, 9), model.countsProperty().get());
    assertTrue(model.canDecide().get());
  }

  @Test
  void acceptingStoresTheDecisionAndMovesOn() throws Exception {
    long revision = session.revisionProperty().get();
    model.accept();
    assertEquals(FrameState.ACCEPTED, state(4));
    assertEquals(revision + 1, session.revisionProperty().get());
    assertEquals(6, current());
    assertEquals(6, session.currentFrame());
    assertEquals(new ReviewCounts(1, 0, 0, 8), model.countsProperty().get());
    assertEquals("Frame 4 accepted", model.messageProperty().get());
    assertTrue(ReviewFixture.journalHasDecision(dir, 4, "ACCEPT", "ana"));
  }

  @Test
  void rejectingKeepsTheReasonAndMovesOn() {
    model.next();
    assertEquals(6, current());
    model.reject("misses the tail");
    assertEquals(FrameState.REJECTED, state(6));
    assertEquals("misses the tail", session.project().frame(6).lastReview().orElseThrow().reason());
    assertEquals(2, current());
  }

  @Test
  void theNameIsAskedOnceAndRemembered() {
    model.accept();
    model.accept();
    assertEquals(List.of("bo"), suggestions, "asked once, with the remembered name");
    assertEquals(List.of("ana"), remembered);
    assertEquals("ana", session.userNameProperty().get());
    assertEquals("ana", session.project().frame(6).lastReview().orElseThrow().reviewer());
  }

  @Test
  void noNameNoDecision() {
    answer = Optional.of("   ");
    model.accept();
    assertEquals(FrameState.PSEUDO_LABELLED, state(4));
    assertEquals(4, current());
    assertTrue(model.messageIsErrorProperty().get());
    assertEquals("Decisions are signed: enter your name to review", model.messageProperty().get());
  }

  @Test
  void aSessionNameIsUsedWithoutAsking() {
    session.userNameProperty().set("carla");
    model.accept();
    assertTrue(suggestions.isEmpty());
    assertEquals("carla", session.project().frame(4).lastReview().orElseThrow().reviewer());
  }

  @Test
  void editingRecordsACorrection() throws Exception {
    model.edit();
    assertEquals(4, model.editingFrameProperty().get());
    LabelMask start = model.maskToCorrect().orElseThrow();
    assertEquals(demo.groundTruth(4), start);
    LabelMask fixed = start.withoutObject(2);
    model.saveCorrection(fixed);
    assertEquals(FrameState.CORRECTED, state(4));
    assertEquals(
        Decision.Kind.CORRECT, session.project().frame(4).lastReview().orElseThrow().decision());
    assertEquals(fixed, session.store().humanMask(4).orElseThrow());
    assertEquals(ReviewViewModel.NOT_EDITING, model.editingFrameProperty().get());
    assertEquals(6, current());
  }

  @Test
  void theCorrectingMessageGoesWhenTheUserMovesToAnotherFrame() {
    model.edit();
    assertTrue(model.messageProperty().get().startsWith("Correcting frame 4"));
    session.currentFrameProperty().set(4);
    assertTrue(model.messageProperty().get().startsWith("Correcting frame 4"), "still there");
    session.currentFrameProperty().set(48);
    assertEquals("", model.messageProperty().get());
  }

  @Test
  void aCorrectionForAnotherFrameIsRefused() {
    model.edit();
    model.saveCorrection(demo.groundTruth(5));
    assertEquals(FrameState.PSEUDO_LABELLED, state(5));
    assertTrue(model.messageIsErrorProperty().get());
  }

  @Test
  void humanWorkOnTheFrameIsAClearMessageNotACrash() throws Exception {
    session.store().putHumanMask(demo.groundTruth(4).withoutObject(1), "painter");
    model.accept(); // the queue still shows frame 4 as waiting: nobody called edited()
    assertTrue(model.messageIsErrorProperty().get());
    assertTrue(
        model.messageProperty().get().startsWith("Not accepted: frame 4 already holds human work"),
        model.messageProperty().get());
    assertEquals(FrameState.CORRECTED, state(4));
  }

  @Test
  void aRangeIsAcceptedAtOnce() {
    model.rangeFromProperty().set(2);
    model.rangeToProperty().set(6);
    model.acceptRange();
    assertEquals(List.of(2, 3, 4, 5, 6), session.project().framesIn(FrameState.ACCEPTED));
    assertEquals(List.of(1, 7, 8, 9), queuedFrames());
    assertEquals(1, current());
    assertFalse(model.messageIsErrorProperty().get());
  }

  @Test
  void reviewedFramesCanBeShownAgain() {
    model.accept();
    assertFalse(queuedFrames().contains(4));
    model.includeReviewedProperty().set(true);
    assertEquals(ReviewFixture.WORST_FIRST, queuedFrames());
    assertEquals(6, current(), "the selection survives the filter change");
    model.select(model.queue().get(0));
    assertFalse(model.canDecide().get(), "an accepted frame cannot be accepted again");
  }

  @Test
  void steppingWrapsAroundTheQueue() {
    model.previous();
    assertEquals(9, current());
    model.next();
    assertEquals(4, current());
  }

  @Test
  void movingToAQueuedFrameElsewhereSelectsIt() {
    session.currentFrameProperty().set(3);
    assertEquals(3, current());
    session.currentFrameProperty().set(20);
    assertEquals(3, current(), "frames outside the queue leave the selection alone");
  }

  @Test
  void anEmptyQueueHasNoCurrentItem() {
    model.rangeFromProperty().set(0);
    model.rangeToProperty().set(149);
    model.acceptRange();
    assertTrue(model.queue().isEmpty());
    assertNull(model.currentProperty().get());
    assertFalse(model.canDecide().get());
    model.accept(); // nothing to do, nothing thrown
    assertEquals(new ReviewCounts(9, 0, 0, 0), model.countsProperty().get());
  }
}
