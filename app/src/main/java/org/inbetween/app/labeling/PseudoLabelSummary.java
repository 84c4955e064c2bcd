package org.inbetween.app.labeling;

/**
 * What a pseudo-labelling run did.
 *
 * @param frames frames labelled and saved (frames left alone are not counted)
 * @param gaps keyframe gaps visited
 * @param seconds wall time spent
 * @param reopened accepted frames taken back to review because a keyframe they came from changed
 */
public record PseudoLabelSummary(int frames, int gaps, double seconds, int reopened) {
  PseudoLabelSummary withReopened(int count) {
    return new PseudoLabelSummary(frames, gaps, seconds, count);
  }

  public double framesPerSecond() {
    return seconds > 0 ? frames / seconds : 0;
  }
}
