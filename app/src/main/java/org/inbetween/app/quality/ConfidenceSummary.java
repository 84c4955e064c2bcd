package org.inbetween.app.quality;

import java.util.Locale;
import java.util.OptionalDouble;
import org.inbetween.app.project.MachineLayer;
import org.inbetween.app.project.store.ProjectStore;
import org.inbetween.app.review.ReviewScore;

/**
 * The recorded confidence of the pseudo-labels still waiting for a person (pseudo-labelled or
 * rejected frames): cheap, since it reads provenance only, so {@code inbetween info} can show it;
 * the leave-one-out estimate runs the generator and is {@code inbetween quality}'s.
 *
 * @param frames frames counted
 * @param mean their mean confidence (NaN when none)
 * @param lowest the lowest confidence (NaN when none)
 * @param lowestFrame the frame with the lowest (the earliest among equals), -1 when none
 */
public record ConfidenceSummary(int frames, double mean, double lowest, int lowestFrame) {
  public static ConfidenceSummary of(ProjectStore store) {
    int count = 0;
    double sum = 0;
    double lowest = Double.NaN;
    int lowestFrame = -1;
    for (int frame = 0; frame < store.project().frameCount(); frame++) {
      if (store.project().frame(frame).state().isHumanTruth()) {
        continue;
      }
      OptionalDouble confidence =
          store
              .machineProvenance(MachineLayer.pseudo(), frame)
              .map(ReviewScore::of)
              .orElse(OptionalDouble.empty());
      if (confidence.isPresent()) {
        double value = confidence.getAsDouble();
        count++;
        sum += value;
        if (lowestFrame < 0 || value < lowest) {
          lowest = value;
          lowestFrame = frame;
        }
      }
    }
    return new ConfidenceSummary(count, count == 0 ? Double.NaN : sum / count, lowest, lowestFrame);
  }

  /** One line for {@code info}. */
  public String describe() {
    if (frames == 0) {
      return "no pseudo-label awaiting review";
    }
    return String.format(
        Locale.ROOT,
        "confidence mean %.3f, lowest %.3f at frame %d (%d pseudo-labels awaiting review)",
        mean,
        lowest,
        lowestFrame,
        frames);
  }
}
