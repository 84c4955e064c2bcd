package org.inbetween.app.training;

import org.inbetween.models.fgplg.FgplgTrainer;
import org.inbetween.models.fgplg.PriorCorruption;

/**
 * How {@link AdaptedMethod} adapts fgplg on each sequence: the part of an {@link AdaptRequest} that
 * a benchmark run varies (the model, device, flows and folders come from the run itself).
 *
 * @param steps fine-tuning steps per sequence and interval
 * @param learningRate Adam learning rate
 * @param inputSide the square input fgplg is fine-tuned and then runs at
 * @param seed seeds the hold-out, the example order and dropout
 * @param corruption how the examples' priors are damaged
 */
public record AdaptationRecipe(
    long steps, float learningRate, int inputSide, long seed, PriorCorruption corruption) {
  /** Refuses a side the network cannot run at before any sequence is read. */
  public AdaptationRecipe {
    FgplgTrainer.checkInputSide(inputSide);
  }
}
