package org.inbetween.models.fgplg;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import org.inbetween.models.flow.Frames;
import org.inbetween.models.pseudo.GeneratorFactory;
import org.inbetween.models.pseudo.GeneratorSettings;
import org.inbetween.models.pseudo.PseudoLabelGenerator;
import org.inbetween.models.train.ComputeDevice;
import org.inbetween.models.train.FgplgPredictor;

/**
 * Makes {@link FgplgGenerator}s; found by {@code GeneratorRegistry} through {@code
 * META-INF/services}. Options: {@code model} (required, a checkpoint folder written by {@code
 * inbetween train fgplg}) and {@code device} (cpu, gpu or auto; default auto).
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
    return "trained RCRNet refining both warped keyframe masks (needs --model DIR)";
  }

  /**
   * @throws IllegalArgumentException when no model is given
   * @throws UncheckedIOException naming the folder when it is not a readable checkpoint
   */
  @Override
  public PseudoLabelGenerator create(Frames frames, GeneratorSettings settings) {
    String model = settings.options().get(MODEL_OPTION);
    if (model == null || model.isBlank()) {
      throw new IllegalArgumentException(
          "the fgplg method needs a trained model: pass --model DIR, a checkpoint folder"
              + " written by 'inbetween train fgplg'");
    }
    ComputeDevice device =
        ComputeDevice.parse(settings.options().getOrDefault(DEVICE_OPTION, "auto"));
    Path folder = Path.of(model);
    FgplgPredictor predictor;
    try {
      predictor = FgplgPredictor.load(folder, device);
    } catch (IOException e) {
      throw new UncheckedIOException(
          "cannot load fgplg model " + folder + ": " + e.getMessage(), e);
    }
    try {
      return new FgplgGenerator(frames, settings, model, predictor);
    } catch (RuntimeException e) {
      predictor.close();
      throw e;
    }
  }
}
