package org.inbetween.app.project;

import java.util.Objects;
import org.inbetween.models.image.LabelMask;

/**
 * What a reviewer decides about a frame's pseudo-label. A correction carries the corrected mask, so
 * a decision is always complete in one value.
 *
 * <pre>{@code
 * store.review(12, Decision.reject("leaks into the shadow"), "ana");
 * store.review(13, Decision.correct(fixedMask), "ana");
 * }</pre>
 */
public sealed interface Decision {
  /** The kind of decision, as stored. */
  enum Kind {
    ACCEPT,
    REJECT,
    CORRECT,
    REOPEN
  }

  Kind kind();

  static Decision accept() {
    return new Accept();
  }

  static Decision reject(String reason) {
    return new Reject(reason);
  }

  static Decision correct(LabelMask corrected) {
    return new Correct(corrected);
  }

  static Decision reopen(String reason) {
    return new Reopen(reason);
  }

  /** Copy the pseudo-label into the human layer. */
  record Accept() implements Decision {
    @Override
    public Kind kind() {
      return Kind.ACCEPT;
    }
  }

  /** Keep the pseudo-label out of the ground truth; deletes nothing. */
  record Reject(String reason) implements Decision {
    public Reject {
      Objects.requireNonNull(reason, "reason (may be empty)");
    }

    @Override
    public Kind kind() {
      return Kind.REJECT;
    }
  }

  /** Replace the pseudo-label with a mask the reviewer fixed. */
  record Correct(LabelMask mask) implements Decision {
    public Correct {
      Objects.requireNonNull(mask, "mask");
    }

    @Override
    public Kind kind() {
      return Kind.CORRECT;
    }
  }

  /**
   * Withdraw an acceptance because what the pseudo-label was made from has changed (a keyframe it
   * was propagated from was redrawn, added or removed): the accepted copy leaves the human layer,
   * the frame waits for review again, and the reason says why. Nothing is deleted: the pseudo-label
   * stays in its layer and the acceptance stays in the frame's history.
   */
  record Reopen(String reason) implements Decision {
    public Reopen {
      Objects.requireNonNull(reason, "reason");
    }

    @Override
    public Kind kind() {
      return Kind.REOPEN;
    }
  }
}
