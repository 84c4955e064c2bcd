package org.inbetween.app.exchange.export;

/**
 * Where an exported frame's label came from, as the manifest records it. Training code that treats
 * ground truth and pseudo-labels differently (the paper's 20% + 20% recipe) reads this.
 */
public enum LabelSource {
  /** Drawn by a person (or a person's absent marks): ground truth. */
  HUMAN_KEYFRAME,
  /** A machine pseudo-label that a reviewer accepted unchanged. */
  ACCEPTED,
  /** A pseudo-label that a person corrected: ground truth made from a machine start. */
  CORRECTED,
  /** A pseudo-label nobody reviewed; exported only with {@link Selection#ALL_PSEUDO}. */
  PSEUDO_UNREVIEWED,
  /** A label left out: rejected, not selected, or sub-sampled away. Its frame has no mask. */
  EXCLUDED;

  /** True for the sources whose mask goes into the dataset. */
  public boolean isExported() {
    return this != EXCLUDED;
  }

  /** True for labels a machine made and nobody redrew: what {@code pseudoEvery} sub-samples. */
  public boolean isPseudo() {
    return this == ACCEPTED || this == PSEUDO_UNREVIEWED;
  }
}
