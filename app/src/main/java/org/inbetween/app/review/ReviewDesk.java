package org.inbetween.app.review;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.inbetween.app.project.Decision;
import org.inbetween.app.project.FrameState;
import org.inbetween.app.project.HumanMaskConflictException;
import org.inbetween.app.project.store.ProjectStore;
import org.inbetween.models.image.LabelMask;

/**
 * The reviewer's decisions, written through the store: one call per button, each durable (journal)
 * when it returns. The store enforces the rules (human work is never replaced, rejecting deletes
 * nothing); this class adds what a review session needs on top: accepting a whole range at once and
 * collecting, instead of stopping at, frames that cannot be accepted.
 */
public final class ReviewDesk {
  private final ProjectStore store;

  public ReviewDesk(ProjectStore store) {
    this.store = Objects.requireNonNull(store, "store");
  }

  /**
   * Copies the frame's pseudo-label into the human layer with its provenance.
   *
   * @throws HumanMaskConflictException if the frame holds human work; nothing changed
   */
  public void accept(int frame, String reviewer) throws IOException {
    store.review(frame, Decision.accept(), reviewer);
  }

  /** Keeps the pseudo-label out of the ground truth; {@code reason} may be empty. */
  public void reject(int frame, String reason, String reviewer) throws IOException {
    store.review(frame, Decision.reject(reason.strip()), reviewer);
  }

  /** Records the reviewer's fixed mask as the frame's human mask (state CORRECTED). */
  public void correct(LabelMask corrected, String reviewer) throws IOException {
    store.review(corrected.frame(), Decision.correct(corrected), reviewer);
  }

  /**
   * Accepts every frame in {@code [from, to]} that still waits for review. Frames that cannot be
   * accepted (human work on them) are skipped and reported, the others accepted: one bad frame must
   * not cost the reviewer the rest of the range.
   */
  public RangeAcceptance acceptRange(int from, int to, String reviewer) throws IOException {
    if (from > to) {
      throw new IllegalArgumentException("range " + from + ".." + to + " is empty (from > to)");
    }
    List<Integer> waiting = new ArrayList<>();
    for (int frame : store.project().framesIn(FrameState.PSEUDO_LABELLED)) {
      if (frame >= from && frame <= to) {
        waiting.add(frame);
      }
    }
    List<Integer> accepted = new ArrayList<>();
    Map<Integer, String> skipped = new LinkedHashMap<>();
    for (int frame : waiting) {
      try {
        accept(frame, reviewer);
        accepted.add(frame);
      } catch (HumanMaskConflictException e) {
        skipped.put(frame, e.getMessage());
      }
    }
    return new RangeAcceptance(accepted, skipped);
  }

  /**
   * What {@link #acceptRange} did.
   *
   * @param accepted the frames accepted, ascending
   * @param skipped the frames left as they were, with the store's reason
   */
  public record RangeAcceptance(List<Integer> accepted, Map<Integer, String> skipped) {
    public RangeAcceptance {
      accepted = List.copyOf(accepted);
      skipped = Collections.unmodifiableMap(new LinkedHashMap<>(skipped));
    }
  }
}
