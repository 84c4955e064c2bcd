package org.inbetween.models.fgplg;

import java.io.IOException;
import java.util.Map;
import java.util.TreeMap;
import org.inbetween.models.flow.FlowScaling;
import org.inbetween.models.flow.Frames;
import org.inbetween.models.image.Masks;
import org.inbetween.models.image.SoftMask;
import org.inbetween.models.pseudo.FlowGuidance;
import org.inbetween.models.pseudo.GeneratorSettings;
import org.inbetween.models.pseudo.PseudoLabelGenerator;
import org.inbetween.models.pseudo.PseudoLabelRequest;
import org.inbetween.models.train.CheckpointInfo;
import org.inbetween.models.train.ExampleBuilder;
import org.inbetween.models.train.FgplgPredictor;

/**
 * The trained FGPLG refiner as a pseudo-label method: the flow guidance of {@code warp} at full
 * size, resized to the network's input, through RCRNet, and the probability resized bilinearly back
 * to the frame (specs/models.md §1.5).
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
  public SoftMask generate(PseudoLabelRequest request) throws IOException {
    float[] small = predictor.predict(inputs.input(guidance.inputs(request)));
    float[] full =
        FlowScaling.resize(
            small, inputs.width(), inputs.height(), request.width(), request.height());
    for (int p = 0; p < full.length; p++) {
      full[p] = Math.min(1f, Math.max(0f, full[p]));
    }
    return Masks.softFromProbabilities(request.frame(), request.width(), request.height(), full);
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
