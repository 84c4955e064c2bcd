package org.inbetween.models.metrics.eval;

import org.inbetween.models.metrics.DavisStatistics;

/**
 * DAVIS statistics of one object over the frames of its sequence.
 *
 * @param sequence the sequence the object belongs to
 * @param objectId the object's id in the ground truth
 * @param j mean, recall and decay of its per-frame region similarity
 * @param f the same for its boundary accuracy
 * @param jPerFrame its J on every frame, in evaluation order (the trace {@link JTracePlot} draws)
 */
public record ObjectResult(
    String sequence, int objectId, DavisStatistics j, DavisStatistics f, double[] jPerFrame) {
  public ObjectResult {
    jPerFrame = jPerFrame.clone();
  }

  @Override
  public double[] jPerFrame() {
    return jPerFrame.clone();
  }
}
