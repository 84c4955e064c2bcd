package org.inbetween.app.quality;

import java.util.Arrays;
import java.util.Locale;

/**
 * How a generated frame's quality estimate is made from the two signals there are without ground
 * truth: the frame's own {@linkplain org.inbetween.models.pseudo.MaskConfidence confidence} c, and
 * the leave-one-out J of its gap g ({@link InheritedLoo}). Where one of them is unknown (no
 * leave-one-out keyframe next to the gap, or a frame without confidence) the other is the estimate.
 *
 * <p>{@link #DEFAULT} was chosen on the DAVIS train split by {@code inbetween bench quality} (the
 * rank correlation between the estimate and the frame's true J, docs/benchmarks.md).
 */
public enum EstimateRule {
  /** c alone: says which frames of a gap are doubtful, but not which gaps are. */
  CONFIDENCE {
    @Override
    double combine(double confidence, double loo) {
      return confidence;
    }
  },
  /** g alone: ranks the gaps, but every frame of a gap looks alike. */
  LOO {
    @Override
    double combine(double confidence, double loo) {
      return loo;
    }
  },
  /** c × g: both must be high. */
  PRODUCT {
    @Override
    double combine(double confidence, double loo) {
      return confidence * loo;
    }
  },
  /** min(c, g): the more pessimistic of the two. */
  MIN {
    @Override
    double combine(double confidence, double loo) {
      return Math.min(confidence, loo);
    }
  };

  /** The rule {@code quality} uses; chosen on DAVIS train (docs/benchmarks.md). */
  public static final EstimateRule DEFAULT = PRODUCT;

  abstract double combine(double confidence, double loo);

  /** The estimate from c and g, either of which may be NaN (unknown); NaN when both are. */
  public double apply(double confidence, double loo) {
    if (Double.isNaN(loo)) {
      return confidence;
    }
    if (Double.isNaN(confidence)) {
      return loo;
    }
    return combine(confidence, loo);
  }

  /** The rule's name on the command line and in tables: "confidence", "loo", "product", "min". */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The rule called {@code label}; the message lists the names when there is none. */
  public static EstimateRule parse(String label) {
    for (EstimateRule rule : values()) {
      if (rule.label().equals(label)) {
        return rule;
      }
    }
    throw new IllegalArgumentException(
        "unknown estimate rule \""
            + label
            + "\"; known: "
            + Arrays.stream(values()).map(EstimateRule::label).toList());
  }
}
