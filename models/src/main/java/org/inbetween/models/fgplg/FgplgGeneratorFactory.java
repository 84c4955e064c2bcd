package org.inbetween.models.fgplg;

import org.inbetween.models.flow.Frames;
import org.inbetween.models.pseudo.GeneratorFactory;
import org.inbetween.models.pseudo.GeneratorSettings;
import org.inbetween.models.pseudo.PseudoLabelGenerator;

/**
 * Makes {@link FgplgGenerator}s; found by {@code GeneratorRegistry} through {@code
 * META-INF/services}. Options: {@code model} (a checkpoint folder written by {@code inbetween train
 * fgplg}; default the {@link BundledModel}) and {@code device} (cpu, gpu or auto; default auto).
 */
public final class FgplgGeneratorFactory implements GeneratorFactory {
  public static final String NAME = "fgplg";

  /** The option naming the checkpoint folder. */
  public static final String MODEL_OPTION = "model";

  /** The option naming the device. */
  public static final String DEVICE_OPTION = "device";

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public String description() {
    return "RCRNet correcting the warp blend where the flow is wrong (bundled model or --model DIR)";
  }

  /** Ready with no {@code model} option only when the bundled model is in this build. */
  @Override
  public boolean readyWithoutOptions() {
    return BundledModel.isPresent();
  }

  /**
   * @throws java.io.UncheckedIOException as {@link FgplgRefiner#load} says
   */
  @Override
  public PseudoLabelGenerator create(Frames frames, GeneratorSettings settings) {
    FgplgRefiner refiner = FgplgRefiner.load(settings);
    try {
      return new FgplgGenerator(frames, settings, refiner);
    } catch (RuntimeException e) {
      refiner.close();
      throw e;
    }
  }
}
