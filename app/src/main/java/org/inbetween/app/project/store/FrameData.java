package org.inbetween.app.project.store;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import org.inbetween.app.project.AbsentMark;
import org.inbetween.app.project.Decision;
import org.inbetween.app.project.FrameRecord;
import org.inbetween.app.project.FrameState;
import org.inbetween.app.project.HumanLabel;
import org.inbetween.app.project.Review;

/** The mutable counterpart of {@link FrameRecord}, owned by {@link ProjectState}. */
final class FrameData {
  final int frame;
  FrameState state = FrameState.UNLABELLED;
  HumanLabel human;
  final TreeMap<Integer, AbsentMark> absent = new TreeMap<>();
  final List<Review> reviews = new ArrayList<>();

  FrameData(int frame) {
    this.frame = frame;
  }

  boolean hasHumanContent() {
    return human != null || !absent.isEmpty();
  }

  boolean lastReviewIs(Decision.Kind decision) {
    return !reviews.isEmpty() && reviews.get(reviews.size() - 1).decision() == decision;
  }

  boolean isUntouched() {
    return state == FrameState.UNLABELLED && !hasHumanContent() && reviews.isEmpty();
  }

  FrameRecord toRecord() {
    return new FrameRecord(frame, state, human, absent, reviews);
  }
}
