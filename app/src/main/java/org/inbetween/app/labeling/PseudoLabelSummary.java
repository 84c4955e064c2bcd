package org.inbetween.app.labeling;

/**
 * What a pseudo-labelling run did.
 *
 * @param frames frames labelled and saved (frames left alone are not counted)
 * @param gaps keyframe gaps visited
 * @param seconds wall time spent
 */
public record PseudoLabelSummary(int frames, int gaps, double seconds) {
  public double framesPerSecond() {
    return seconds > 0 ? frames / seconds : 0;
  }
}
