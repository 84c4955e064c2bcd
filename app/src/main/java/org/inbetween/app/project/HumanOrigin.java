package org.inbetween.app.project;

/** How a mask came into the human layer. */
public enum HumanOrigin {
  /** Painted by a person. */
  DRAWN,
  /** A pseudo-label a reviewer accepted (copied, with its provenance). */
  ACCEPTED,
  /** A reviewer's corrected version of a pseudo-label. */
  CORRECTED
}
