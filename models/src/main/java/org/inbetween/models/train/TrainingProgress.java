package org.inbetween.models.train;

/**
 * One step's report.
 *
 * @param step optimiser steps taken so far, including a resumed checkpoint's
 * @param totalSteps steps the run aims for
 * @param loss BCE loss of this step's example, before its update
 * @param validationJ mean J on the held-out examples, or NaN when not measured at this step
 */
public record TrainingProgress(long step, long totalSteps, float loss, double validationJ) {

  /** Whether this step measured validation J. */
  public boolean validated() {
    return !Double.isNaN(validationJ);
  }

  /** Engine-neutral callback, so the app can forward progress to a task or a console. */
  @FunctionalInterface
  public interface Listener {
    void progress(TrainingProgress progress);

    /** The training moved to another device mid-run (the GPU failed); {@code now} says why. */
    default void deviceChanged(DeviceChoice now) {}
  }
}
