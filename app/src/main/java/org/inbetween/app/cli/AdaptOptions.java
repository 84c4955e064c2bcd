package org.inbetween.app.cli;

import org.inbetween.app.training.AdaptRequest;
import org.inbetween.app.training.AdaptationRecipe;
import org.inbetween.app.training.AdaptedMethod;
import org.inbetween.models.fgplg.PriorCorruption;
import org.inbetween.models.kmn.DecoderAdaptation;
import picocli.CommandLine.Option;

/**
 * How the benchmarks' {@code -adapted} methods adapt their models on each sequence: the options of
 * {@code bench pseudo-labels} and {@code bench effort}, defaults those of Models › Adapt.
 */
final class AdaptOptions {
  @Option(
      names = "--adapt-steps",
      paramLabel = "N",
      description =
          "Fine-tuning steps of fgplg in fgplg-adapted and kmn-fgplg-adapted per sequence"
              + " (default: ${DEFAULT-VALUE}).")
  private long adaptSteps = AdaptRequest.DEFAULT_STEPS;

  @Option(
      names = "--adapt-lr",
      paramLabel = "X",
      description =
          "Adam learning rate of fgplg-adapted's fine-tuning (default: ${DEFAULT-VALUE}).")
  private float adaptLearningRate = AdaptRequest.DEFAULT_LEARNING_RATE;

  @Option(
      names = "--adapt-input-size",
      paramLabel = "PX",
      description =
          "Square input fgplg-adapted's network is fine-tuned and then runs at, a multiple of 16"
              + " (default: ${DEFAULT-VALUE}).")
  private int adaptInputSide = AdaptRequest.DEFAULT_INPUT_SIDE;

  @Option(
      names = "--adapt-corrupt-priors",
      paramLabel = "P",
      description =
          "fgplg-adapted damages its examples' warped masks and priors (shift, erode, dilate,"
              + " drop a part) with probability P (default: ${DEFAULT-VALUE}).")
  private double adaptCorruptPriors = 0;

  @Option(
      names = "--adapt-seed",
      paramLabel = "N",
      description =
          "Seeds fgplg-adapted's hold-out, example order and dropout, and the kmn adaptation's"
              + " reads (default: ${DEFAULT-VALUE}).")
  private long adaptSeed = 1;

  @Option(
      names = "--kmn-adapt-steps",
      paramLabel = "N",
      description =
          "Fine-tuning steps of the kmn decoder in kmn-adapted and kmn-warp-adapted per sequence"
              + " (default: ${DEFAULT-VALUE}).")
  private int kmnAdaptSteps = DecoderAdaptation.DEFAULT_STEPS;

  AdaptedMethod.Recipes recipes() {
    return new AdaptedMethod.Recipes(
        new AdaptationRecipe(
            adaptSteps,
            adaptLearningRate,
            adaptInputSide,
            adaptSeed,
            new PriorCorruption(adaptCorruptPriors)),
        DecoderAdaptation.Recipe.withSteps(kmnAdaptSteps, adaptSeed));
  }
}
