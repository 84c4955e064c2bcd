package org.inbetween.app.review;

import java.util.Map;
import java.util.OptionalDouble;
import org.inbetween.app.project.Provenance;

/**
 * Reads how sure the machine was about a pseudo-label, so that the reviewer sees the worst frames
 * first.
 *
 * <p>Pseudo-labellers record their confidence as a provenance parameter: {@value #CONFIDENCE} (a
 * number, higher means more trustworthy; FGPLG writes the mean foreground probability in 0..1), or
 * {@value #SCORE} as a synonym for generators that call it that. {@value #CONFIDENCE} wins when
 * both are present. Values that are not finite numbers are ignored, so a bad parameter never hides
 * a frame from review: it only loses its place in the ranking.
 */
public final class ReviewScore {
  /** The provenance parameter read first. */
  public static final String CONFIDENCE = "confidence";

  /** The provenance parameter read when {@value #CONFIDENCE} is absent. */
  public static final String SCORE = "score";

  private ReviewScore() {}

  /** The confidence recorded in {@code provenance}, if it holds a finite number. */
  public static OptionalDouble of(Provenance provenance) {
    Map<String, String> parameters = provenance.parameters();
    OptionalDouble confidence = parse(parameters.get(CONFIDENCE));
    return confidence.isPresent() ? confidence : parse(parameters.get(SCORE));
  }

  private static OptionalDouble parse(String value) {
    if (value == null) {
      return OptionalDouble.empty();
    }
    try {
      double number = Double.parseDouble(value.trim());
      return Double.isFinite(number) ? OptionalDouble.of(number) : OptionalDouble.empty();
    } catch (NumberFormatException e) {
      return OptionalDouble.empty();
    }
  }
}
