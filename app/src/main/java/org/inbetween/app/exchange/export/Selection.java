package org.inbetween.app.exchange.export;

/**
 * Which labels an export includes. Rejected pseudo-labels are never exported, whatever is chosen.
 */
public enum Selection {
  /** Masks a person drew or corrected: ground truth only. */
  HUMAN_ONLY,
  /** Ground truth plus the pseudo-labels a reviewer accepted (the default). */
  HUMAN_AND_ACCEPTED,
  /** Also the pseudo-labels nobody reviewed yet, marked PSEUDO_UNREVIEWED in the manifest. */
  ALL_PSEUDO
}
