package org.inbetween.models.fgplg;

import java.io.IOException;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.inbetween.models.flow.FlowScaling;
import org.inbetween.models.flow.Frames;
import org.inbetween.models.image.Masks;
import org.inbetween.models.image.SoftMask;
import org.inbetween.models.pseudo.FlowGuidance;
import org.inbetween.models.pseudo.GeneratorSettings;
import org.inbetween.models.pseudo.GuidanceInputs;
import org.inbetween.models.pseudo.PseudoLabelGenerator;
import org.inbetween.models.pseudo.PseudoLabelRequest;

/**
 * The trained FGPLG refiner as a pseudo-label method (specs/models.md §1.5): the flow guidance of
 * {@code warp} in a window around the object ({@link ObjectCrop}), resized to the network's input,
 * through RCRNet; the network's output, resized bilinearly back to the window, is added to the
 * logits of the full-resolution {@code warp} blend. So boundaries come from the flow at full
 * resolution and the network decides where the flow is wrong (see docs/decisions/0004).
 */
public final class FgplgGenerator implements PseudoLabelGenerator {
  private final FlowGuidance guidance;
  private final FgplgPredictor predictor;
  private final ExampleBuilder inputs;
  private final Map<String, String> parameters;

  FgplgGenerator(
      Frames frames, GeneratorSettings settings, String model, FgplgPredictor predictor) {
    this.predictor = predictor;
    CheckpointInfo info = predictor.info();
    this.inputs = new ExampleBuilder(info.inputHeight(), info.inputWidth());
    Map<String, String> all = new TreeMap<>(settings.flowParameters());
    all.put("model", model);
    all.put("modelSha256", predictor.parametersSha256());
    all.put("modelSteps", Long.toString(info.steps()));
    all.put("modelPreset", info.network().preset().id());
    this.parameters = Map.copyOf(all);
    this.guidance = new FlowGuidance(frames, settings);
  }

  @Override
  public String method() {
    return FgplgGeneratorFactory.NAME;
  }

  @Override
  public Map<String, String> parameters() {
    return parameters;
  }

  @Override
  public String device() {
    return predictor.device().toString();
  }

  @Override
  public SoftMask generate(PseudoLabelRequest request) throws IOException {
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
    return Masks.softFromProbabilities(request.frame(), request.width(), request.height(), out);
  }

  @Override
  public void close() {
    try {
      guidance.close();
    } finally {
      predictor.close();
    }
  }
}
