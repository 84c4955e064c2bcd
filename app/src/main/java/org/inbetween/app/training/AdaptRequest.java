package org.inbetween.app.training;

import java.nio.file.Path;
import org.inbetween.models.fgplg.FgplgTrainer;
import org.inbetween.models.fgplg.PriorCorruption;
import org.inbetween.models.pseudo.GeneratorSettings;
import org.inbetween.models.train.ComputeDevice;

/**
 * How {@link AdaptTask} fine-tunes a project's FGPLG model.
 *
 * @param baseModel the checkpoint to start from; null for the bundled model
 * @param steps fine-tuning steps
 * @param learningRate Adam learning rate
 * @param inputSide the square input the network is fine-tuned and then runs at (see {@link
 *     #DEFAULT_INPUT_SIDE})
 * @param device the resolved device
 * @param settings the flow settings the examples are built with and the project is relabelled with
 * @param out the checkpoint folder; null for {@value #DEFAULT_OUT} inside the project
 * @param regenerate whether to relabel the project with the adapted model afterwards
 * @param seed seeds the hold-out, the example order and dropout
 * @param corruption how the training examples' priors are damaged (see {@link PriorCorruption})
 */
public record AdaptRequest(
    Path baseModel,
    long steps,
    float learningRate,
    int inputSide,
    ComputeDevice device,
    GeneratorSettings settings,
    Path out,
    boolean regenerate,
    long seed,
    PriorCorruption corruption) {
  /** Where the adapted checkpoint goes, relative to the project folder (docs/formats.md). */
  public static final String DEFAULT_OUT = "models/fgplg-adapted";

  /**
   * A few dozen examples seen about five times each: enough to move a model trained on thousands,
   * and a few minutes on a 2-core CPU.
   */
  public static final long DEFAULT_STEPS = 200;

  /**
   * Ten times the paper's fine-tuning rate (1e-5): the paper fine-tunes for thousands of steps, and
   * at 1e-5 two hundred Adam steps move each weight by at most about 2e-3, too little to change a
   * thresholded mask. 1e-4 does change the output in 200 steps, and with BatchNorm frozen it stays
   * stable on a few dozen examples.
   */
  public static final float DEFAULT_LEARNING_RATE = 1e-4f;

  /**
   * Larger than the bundled model's 224: the object's window, often 300–500 px across at 854×480,
   * keeps more of its thin parts (a bike's frame, a dancer's arms), and the fine-tuning teaches the
   * weights the new scale. Chosen on DAVIS train sequences held out of the bundled model's training
   * (motorbike, surf: mean J&F at l = 10 and 20 of 0.929 at 224, 0.931 at 288 and 320, 0.932 at
   * 384); 320 is the largest whose adaptation stays well inside a minute on 2 cores (about 1.5
   * times 224's time; 384 took up to 87 s). docs/benchmarks.md, "A larger input for adapting".
   */
  public static final int DEFAULT_INPUT_SIDE = 320;

  public AdaptRequest {
    if (steps < 1) {
      throw new IllegalArgumentException("adapting takes at least one step, was " + steps);
    }
    FgplgTrainer.checkInputSide(inputSide);
  }

  /**
   * The editor's request: the bundled model, {@code steps} steps, examples built and the project
   * relabelled with {@code settings} (the project's flow), relabelling afterwards.
   */
  public static AdaptRequest defaults(
      long steps, ComputeDevice device, GeneratorSettings settings) {
    return new AdaptRequest(
        null,
        steps,
        DEFAULT_LEARNING_RATE,
        DEFAULT_INPUT_SIDE,
        device,
        settings,
        null,
        true,
        1,
        PriorCorruption.NONE);
  }
}
