package org.inbetween.app.effort;

import java.util.List;

/**
 * What labelling one sequence to the target cost the simulated annotator.
 *
 * @param sequence the DAVIS sequence
 * @param strategy {@link EffortStrategy#label()}
 * @param method the pseudo-label method
 * @param frames the sequence's frame count
 * @param drawn frames drawn or corrected by hand (keyframes included)
 * @param minJ the lowest true J over all frames at the end
 * @param meanJ the mean true J over all frames at the end
 * @param runs tool runs: pseudo-label runs plus suggest runs
 * @param cpuSeconds process CPU time spent, all threads
 * @param trace after each pseudo-label run and at the end: (frames drawn so far, mean true J)
 */
public record EffortResult(
    String sequence,
    String strategy,
    String method,
    int frames,
    int drawn,
    double minJ,
    double meanJ,
    int runs,
    double cpuSeconds,
    List<double[]> trace) {
  public EffortResult {
    trace = List.copyOf(trace);
  }

  public double drawnFraction() {
    return (double) drawn / frames;
  }
}
