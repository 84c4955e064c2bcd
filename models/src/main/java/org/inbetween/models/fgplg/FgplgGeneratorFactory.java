package org.inbetween.models.fgplg;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import org.inbetween.models.flow.Frames;
import org.inbetween.models.pseudo.GeneratorFactory;
import org.inbetween.models.pseudo.GeneratorSettings;
import org.inbetween.models.pseudo.PseudoLabelGenerator;
import org.inbetween.models.train.ComputeDevice;

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
   * @throws UncheckedIOException naming the folder when it is not a readable checkpoint, or saying
   *     that no model was given and none is bundled
   */
  @Override
  public PseudoLabelGenerator create(Frames frames, GeneratorSettings settings) {
    String option = settings.options().get(MODEL_OPTION);
    boolean bundled = option == null || option.isBlank();
    String model = bundled ? BundledModel.NAME : option;
    ComputeDevice device =
        ComputeDevice.parse(settings.options().getOrDefault(DEVICE_OPTION, "auto"));
    FgplgPredictor predictor;
    try {
      predictor = FgplgPredictor.load(bundled ? BundledModel.folder() : Path.of(model), device);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot load fgplg model " + model + ": " + e.getMessage(), e);
    }
    try {
      return new FgplgGenerator(frames, settings, model, predictor);
    } catch (RuntimeException e) {
      predictor.close();
      throw e;
    }
  }
}
