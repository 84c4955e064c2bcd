package org.inbetween.models.fgplg;

import java.io.IOException;
import java.util.Map;
import java.util.TreeMap;
import org.inbetween.models.flow.Frames;
import org.inbetween.models.image.Masks;
import org.inbetween.models.image.SoftMask;
import org.inbetween.models.pseudo.FlowGuidance;
import org.inbetween.models.pseudo.GeneratorSettings;
import org.inbetween.models.pseudo.PseudoLabelGenerator;
import org.inbetween.models.pseudo.PseudoLabelRequest;

/**
 * The trained FGPLG refiner as a pseudo-label method (specs/models.md §1.5): the {@link
 * FgplgRefiner}'s answer on the flow guidance of {@code warp}.
 */
public final class FgplgGenerator implements PseudoLabelGenerator {
  private final FlowGuidance guidance;
  private final FgplgRefiner refiner;
  private final Map<String, String> parameters;

  FgplgGenerator(Frames frames, GeneratorSettings settings, FgplgRefiner refiner) {
    this.refiner = refiner;
    Map<String, String> all = new TreeMap<>(settings.flowParameters());
    all.putAll(refiner.parameters());
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
    return refiner.device().toString();
  }

  @Override
  public SoftMask generate(PseudoLabelRequest request) throws IOException {
    float[] out = refiner.refine(guidance, request);
    return Masks.softFromProbabilities(request.frame(), request.width(), request.height(), out);
  }

  @Override
  public void close() {
    try {
      guidance.close();
    } finally {
      refiner.close();
    }
  }
}
