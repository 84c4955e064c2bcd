package org.inbetween.models.flow;

import java.util.Locale;

/**
 * How the flow between a frame and a keyframe l frames away is obtained.
 *
 * <p>{@link #DIRECT} computes it in one jump: one DIS call, but large displacements are where DIS
 * fails. {@link #CHAINED} composes the flows of neighbouring frames (k to k±1, then on to the
 * keyframe): every step is small and each step is shared by all frames of the gap, but errors add
 * up along the chain. {@link #CARRIED} composes no flow at all: the soft mask itself is pulled one
 * frame at a time along the neighbour flows, never re-binarised, so each step's bilinear sample
 * happens where the mask is, not where a composed field points; for the flows a method needs as
 * inputs (FGPLG's magnitudes) it composes like {@code CHAINED}. docs/benchmarks.md measures all
 * three on DAVIS.
 */
public enum FlowRoute {
  DIRECT,
  CHAINED,
  CARRIED;

  /** Parses "direct" or "chained" (any case), naming the choices when it fails. */
  public static FlowRoute parse(String name) {
    try {
      return valueOf(name.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "unknown flow route \"" + name + "\"; choose direct, chained or carried", e);
    }
  }

  /** The lower-case name used on the command line and in provenance. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
