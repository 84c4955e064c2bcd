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
    CORRECT
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
}
