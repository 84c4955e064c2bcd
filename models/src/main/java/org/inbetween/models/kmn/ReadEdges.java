package org.inbetween.models.kmn;

import org.inbetween.models.image.GuidedFilter;
import org.inbetween.models.image.RgbImage;

/**
 * Where the edges of {@code kmn}'s decoded mask come from, named by the {@code edges} option. The
 * decoder's logit lives on the 1/4 grid and is resized bilinearly, so its edges are ramps a few
 * pixels wide that cut across thin parts; the frame's own colour edges are sharper.
 */
public enum ReadEdges {
  /**
   * The decoded mask through a colour {@link GuidedFilter} with the frame as guide, radius {@value
   * #RADIUS} px and ε = {@value #EPSILON}: inside each window the mask becomes a linear function of
   * the colour, so its edge moves onto the colour edge nearest the decoder's. Chosen on the DAVIS
   * train sequences held out from the decoder's training (docs/benchmarks.md, "kmn: the read's
   * edges taken to the frame's").
   */
  GUIDED,
  /** The decoder's mask as it is. */
  DECODER;

  static final int RADIUS = 24;
  static final float EPSILON = 1e-5f;

  /** Below this the mask counts as background: the filter runs only near the object. */
  private static final float BACKGROUND = 0.01f;

  private static final GuidedFilter FILTER = new GuidedFilter(RADIUS, EPSILON);

  /** The choice named by its label ({@code guided} or {@code decoder}), case-insensitive. */
  public static ReadEdges parse(String label) {
    return OptionLabels.parse(values(), label, "kmn edges");
  }

  /** The name on the command line and in a pseudo-label's provenance. */
  public String label() {
    return OptionLabels.label(this);
  }

  /**
   * The mask {@code probabilities} of {@code frame} with its edges from here; may be a new array.
   */
  float[] apply(RgbImage frame, float[] probabilities) {
    return this == GUIDED ? FILTER.applyNear(frame, probabilities, BACKGROUND) : probabilities;
  }
}
