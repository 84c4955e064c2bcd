package org.inbetween.app.review;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.function.IntFunction;
import org.inbetween.app.project.Decision;
import org.inbetween.app.project.FrameRecord;
import org.inbetween.app.project.Project;
import org.inbetween.app.project.Provenance;
import org.inbetween.app.project.Review;

/**
 * The order in which a reviewer sees pseudo-labels: least confident first (see {@link
 * ReviewScore}), then frames whose generator recorded no confidence, each group by frame index.
 * Worst first, because the reviewer's attention is best spent where the machine was unsure; by time
 * otherwise, because neighbouring frames are judged fastest one after another.
 *
 * <pre>{@code
 * List<ReviewItem> queue =
 *     ReviewQueue.build(store.project(), f -> store.machineProvenance(MachineLayer.pseudo(), f),
 *         ReviewFilter.UNREVIEWED);
 * }</pre>
 */
public final class ReviewQueue {
  private static final Comparator<ReviewItem> WORST_FIRST =
      Comparator.<ReviewItem>comparingDouble(
              item -> item.confidence().orElse(Double.POSITIVE_INFINITY))
          .thenComparing(item -> item.confidence().isEmpty())
          .thenComparingInt(ReviewItem::frame);

  private ReviewQueue() {}

  /**
   * @param project the snapshot to list
   * @param pseudoProvenance the provenance of a frame's pseudo-label, if it has one
   * @param filter whether frames decided already are listed too
   */
  public static List<ReviewItem> build(
      Project project, IntFunction<Optional<Provenance>> pseudoProvenance, ReviewFilter filter) {
    return project.frames().values().stream()
        .filter(filter::admits)
        .map(record -> item(record, pseudoProvenance.apply(record.frame())))
        .sorted(WORST_FIRST)
        .toList();
  }

  /**
   * {@code items} with their disagreement attached, most disagreement first; items without a value
   * (no prediction or no pseudo-label on that frame) follow in their given order. The order for a
   * reviewer who trusts an independent model to point at the pseudo-labels that are most likely
   * wrong.
   *
   * @param disagreement 1 − IoU by frame index (see {@code ModelDisagreement})
   */
  public static List<ReviewItem> mostDisagreementFirst(
      List<ReviewItem> items, Map<Integer, Double> disagreement) {
    return items.stream()
        .map(
            item ->
                item.withDisagreement(
                    disagreement.containsKey(item.frame())
                        ? OptionalDouble.of(disagreement.get(item.frame()))
                        : OptionalDouble.empty()))
        .sorted(
            Comparator.comparingDouble(
                (ReviewItem item) -> -item.disagreement().orElse(Double.NEGATIVE_INFINITY)))
        .toList();
  }

  private static ReviewItem item(FrameRecord record, Optional<Provenance> provenance) {
    OptionalDouble confidence = provenance.map(ReviewScore::of).orElse(OptionalDouble.empty());
    String reopened =
        record
            .lastReview()
            .filter(review -> review.decision() == Decision.Kind.REOPEN)
            .map(Review::reason)
            .orElse("");
    return new ReviewItem(record.frame(), record.state(), confidence, reopened);
  }
}
