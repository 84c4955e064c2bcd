package org.inbetween.app.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.inbetween.app.project.Decision;
import org.inbetween.app.project.FrameState;
import org.inbetween.app.project.MachineLayer;
import org.inbetween.app.project.Provenance;
import org.inbetween.app.project.store.ProjectStore;
import org.inbetween.app.video.demo.DemoVideo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ReviewQueueTest {
  @TempDir Path dir;

  private static List<ReviewItem> queue(ProjectStore store, ReviewFilter filter) {
    return ReviewQueue.build(
        store.project(), f -> store.machineProvenance(MachineLayer.pseudo(), f), filter);
  }

  private static List<Integer> frames(List<ReviewItem> items) {
    return items.stream().map(ReviewItem::frame).toList();
  }

  @Test
  void leastConfidentFirstThenUnscoredByFrame() throws Exception {
    try (ProjectStore store = ReviewFixture.create(dir)) {
      List<ReviewItem> items = queue(store, ReviewFilter.UNREVIEWED);
      assertEquals(ReviewFixture.WORST_FIRST, frames(items));
      assertEquals(OptionalDouble.of(0.1), items.get(0).confidence());
      assertTrue(items.stream().allMatch(ReviewItem::isUnreviewed));
    }
  }

  @Test
  void withoutAnyScoreTheQueueFollowsTime() throws Exception {
    try (ProjectStore store = ReviewFixture.create(dir)) {
      DemoVideo demo = new DemoVideo();
      for (int frame = 20; frame >= 15; frame--) {
        store.putMachineMask(
            MachineLayer.pseudo(), demo.groundTruth(frame), Provenance.of("kmn", "", "", Map.of()));
      }
      List<Integer> order = frames(queue(store, ReviewFilter.UNREVIEWED));
      assertEquals(List.of(15, 16, 17, 18, 19, 20), order.subList(order.size() - 6, order.size()));
    }
  }

  @Test
  void aReopenedFrameIsBackInTheQueueWithItsReason() throws Exception {
    try (ProjectStore store = ReviewFixture.create(dir)) {
      store.review(4, Decision.accept(), "ana");
      store.review(4, Decision.reopen("keyframe 10 was redrawn"), "inbetween");

      ReviewItem item =
          queue(store, ReviewFilter.UNREVIEWED).stream()
              .filter(i -> i.frame() == 4)
              .findFirst()
              .orElseThrow();

      assertTrue(item.isUnreviewed());
      assertEquals("keyframe 10 was redrawn", item.reopenedBecause());
    }
  }

  @Test
  void decidedFramesLeaveTheQueueUnlessAllAreAsked() throws Exception {
    try (ProjectStore store = ReviewFixture.create(dir)) {
      store.review(4, Decision.accept(), "ana");
      store.review(6, Decision.reject(""), "ana");
      store.review(2, Decision.correct(new DemoVideo().groundTruth(2)), "ana");
      assertEquals(List.of(5, 3, 1, 7, 8, 9), frames(queue(store, ReviewFilter.UNREVIEWED)));

      List<ReviewItem> all = queue(store, ReviewFilter.ALL);
      assertEquals(ReviewFixture.WORST_FIRST, frames(all));
      assertEquals(FrameState.ACCEPTED, all.get(0).state());
      assertEquals(FrameState.REJECTED, all.get(1).state());
      assertEquals(FrameState.CORRECTED, all.get(2).state());
    }
  }

  @Test
  void handEditedFramesWithoutReviewAreNotPartOfTheReview() throws Exception {
    try (ProjectStore store = ReviewFixture.create(dir)) {
      store.putHumanMask(new DemoVideo().groundTruth(5), "painter");
      assertEquals(FrameState.CORRECTED, store.project().frame(5).state());
      assertTrue(!frames(queue(store, ReviewFilter.ALL)).contains(5));
    }
  }

  @Test
  void countsFollowTheStates() throws Exception {
    try (ProjectStore store = ReviewFixture.create(dir)) {
      assertEquals(new ReviewCounts(0, 0, 0, 9), ReviewCounts.of(store.project()));
      store.review(4, Decision.accept(), "ana");
      store.review(6, Decision.reject("edge"), "ana");
      store.review(1, Decision.reject(""), "ana");
      assertEquals(new ReviewCounts(1, 2, 0, 6), ReviewCounts.of(store.project()));
    }
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      nullValues = "-",
      value = {
        "confidence only      | 0.4  | -    | 0.4",
        "score only           | -    | 0.7  | 0.7",
        "confidence wins      | 0.2  | 0.9  | 0.2",
        "bad confidence, score| oops | 0.6  | 0.6",
        "not a number         | NaN  | -    | -",
        "infinite             | -    | Infinity | -",
        "neither              | -    | -    | -",
        "spaces are fine      | ' 0.5 ' | - | 0.5"
      })
  void readsTheConfidenceFromTheProvenance(
      String name, String confidence, String score, Double expected) {
    Map<String, String> parameters = new java.util.HashMap<>();
    if (confidence != null) {
      parameters.put(ReviewScore.CONFIDENCE, confidence);
    }
    if (score != null) {
      parameters.put(ReviewScore.SCORE, score);
    }
    OptionalDouble read =
        ReviewScore.of(new Provenance("fgplg", "", "", parameters, Instant.EPOCH));
    assertEquals(expected == null ? OptionalDouble.empty() : OptionalDouble.of(expected), read);
  }
}
