package org.inbetween.models.fgplg;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.inbetween.models.flow.FlowScaling;
import org.inbetween.models.pseudo.FlowGuidance;
import org.inbetween.models.pseudo.GeneratorSettings;
import org.inbetween.models.pseudo.GuidanceInputs;
import org.inbetween.models.pseudo.PseudoLabelRequest;
import org.inbetween.models.train.ComputeDevice;
import org.inbetween.models.train.DeviceChoice;

/**
 * FGPLG's answer for one object on one frame, apart from any generator: the flow guidance of {@code
 * warp} in a window around the object ({@link ObjectCrop}), resized to the network's input, through
 * RCRNet; the network's output, resized bilinearly back to the window, is added to the logits of
 * the full-resolution {@code warp} blend. So boundaries come from the flow at full resolution and
 * the network decides where the flow is wrong (see docs/decisions/0004). Kept apart so that a
 * method which computes the flow guidance anyway ({@code kmn-fgplg}) can refine with it instead of
 * computing every flow twice.
 */
public final class FgplgRefiner implements AutoCloseable {
  private final FgplgPredictor predictor;
  private final ExampleBuilder inputs;
  private final Map<String, String> parameters;

  private FgplgRefiner(String model, FgplgPredictor predictor) {
    this.predictor = predictor;
    CheckpointInfo info = predictor.info();
    this.inputs = new ExampleBuilder(info.inputHeight(), info.inputWidth());
    this.parameters =
        Map.of(
            "model",
            model,
            "modelSha256",
            predictor.parametersSha256(),
            "modelSteps",
            Long.toString(info.steps()),
            "modelPreset",
            info.network().preset().id());
  }

  /**
   * The model the {@value FgplgGeneratorFactory#MODEL_OPTION} option of {@code settings} names (the
   * {@link BundledModel} when none) on the {@value FgplgGeneratorFactory#DEVICE_OPTION} it names.
   *
   * @throws UncheckedIOException naming the folder when it is not a readable checkpoint, or saying
   *     that no model was given and none is bundled
   */
  public static FgplgRefiner load(GeneratorSettings settings) {
    String option = settings.options().get(FgplgGeneratorFactory.MODEL_OPTION);
    boolean bundled = option == null || option.isBlank();
    String model = bundled ? BundledModel.NAME : option;
    ComputeDevice device =
        ComputeDevice.parse(
            settings.options().getOrDefault(FgplgGeneratorFactory.DEVICE_OPTION, "auto"));
    try {
      return new FgplgRefiner(
          model, FgplgPredictor.load(bundled ? BundledModel.folder() : Path.of(model), device));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot load fgplg model " + model + ": " + e.getMessage(), e);
    }
  }

  /** What provenance records: the model's name, the SHA-256 of its weights, steps and preset. */
  public Map<String, String> parameters() {
    return parameters;
  }

  /** Where the network runs. */
  public DeviceChoice device() {
    return predictor.device();
  }

  /**
   * The refined probabilities of the request's object on its frame, with {@code guidance}'s flows.
   */
  public float[] refine(FlowGuidance guidance, PseudoLabelRequest request) throws IOException {
    GuidanceInputs in = guidance.inputs(request);
    float[] out = guidance.warpBlend(request, in);
    Optional<ObjectCrop> found = ExampleBuilder.window(in);
    if (found.isPresent()) {
      ObjectCrop window = found.get();
      float[] small = predictor.correction(inputs.input(in, window));
      float[] correction =
          FlowScaling.resize(
              small, inputs.width(), inputs.height(), window.width(), window.height());
      for (int row = 0; row < window.height(); row++) {
        int offset = (window.y() + row) * request.width() + window.x();
        for (int col = 0; col < window.width(); col++) {
          int p = offset + col;
          out[p] = Logits.probability(Logits.of(out[p]) + correction[row * window.width() + col]);
        }
      }
    }
    return out;
  }

  @Override
  public void close() {
    predictor.close();
  }
}
