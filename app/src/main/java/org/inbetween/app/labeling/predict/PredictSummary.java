package org.inbetween.app.labeling.predict;

/**
 * What a {@link PredictJob} did.
 *
 * @param layer the layer it filled, e.g. "model/u2netp"
 * @param frames frames predicted
 * @param seconds wall time, loading excluded
 */
public record PredictSummary(String layer, int frames, double seconds) {
  /** Seconds per frame; 0 when no frame was predicted. */
  public double secondsPerFrame() {
    return frames == 0 ? 0 : seconds / frames;
  }
}
