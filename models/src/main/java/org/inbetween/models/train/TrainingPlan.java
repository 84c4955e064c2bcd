package org.inbetween.models.train;

/**
 * How long to train and how often to look: the parts of a run that are not the network or data.
 *
 * @param steps total optimiser steps, counting those of a resumed checkpoint
 * @param validateEvery measure validation J every this many steps (and at the end)
 * @param checkpointEvery save a checkpoint every this many steps (and at the end)
 * @param seed seeds the order of examples, their random reversal and the engine's dropout
 * @param dataDescription what the examples are, stored in every checkpoint
 */
public record TrainingPlan(
    long steps, int validateEvery, int checkpointEvery, long seed, String dataDescription) {
  public TrainingPlan {
    if (steps < 1 || validateEvery < 1 || checkpointEvery < 1) {
      throw new IllegalArgumentException(
          "steps, validation and checkpoint intervals must be positive: "
              + steps
              + ", "
              + validateEvery
              + ", "
              + checkpointEvery);
    }
  }
}
