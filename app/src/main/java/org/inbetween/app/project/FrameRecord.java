package org.inbetween.app.project;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything the project knows about one frame, except the mask pixels (those live in PNG files).
 *
 * @param frame the frame index
 * @param state where the frame stands in the workflow
 * @param human who wrote the current human mask; null when the frame has none
 * @param absent the objects a person marked as not visible here, by id
 * @param reviews every review decision, oldest first
 */
public record FrameRecord(
    int frame,
    FrameState state,
    HumanLabel human,
    Map<Integer, AbsentMark> absent,
    List<Review> reviews) {
  public FrameRecord {
    Objects.requireNonNull(state, "state");
    absent = Map.copyOf(absent);
    reviews = List.copyOf(reviews);
  }

  /** The record of a frame nobody has touched. */
  public static FrameRecord untouched(int frame) {
    return new FrameRecord(frame, FrameState.UNLABELLED, null, Map.of(), List.of());
  }

  public Optional<HumanLabel> humanLabel() {
    return Optional.ofNullable(human);
  }

  public boolean isAbsent(int objectId) {
    return absent.containsKey(objectId);
  }

  public Optional<Review> lastReview() {
    return reviews.isEmpty() ? Optional.empty() : Optional.of(reviews.get(reviews.size() - 1));
  }
}
