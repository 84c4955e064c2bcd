package org.inbetween.models.kmn;

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
 * {@code kmn-warp}: the {@code warp} blend where it is sure, the memory read where it hesitates. At
 * each pixel, with w the warp blend and k the {@link KmnGenerator}'s read, {@code p = c·w + (1 −
 * c)·k} with the warp's certainty {@code c = |2w − 1|}: the flow keeps its sharp boundaries where
 * both keyframes' warps agree, and where they disagree (the blend near one half: one side lost the
 * object, or an occlusion) the read, which carries nothing from frame to frame, decides.
 */
public final class FusedGenerator implements PseudoLabelGenerator {
  private final FlowGuidance guidance;
  private final KmnGenerator memory;
  private final Map<String, String> parameters;

  FusedGenerator(Frames frames, GeneratorSettings settings, KmnGenerator memory) {
    this.guidance = new FlowGuidance(frames, settings);
    this.memory = memory;
    Map<String, String> all = new TreeMap<>(settings.flowParameters());
    all.putAll(memory.parameters());
    this.parameters = Map.copyOf(all);
  }

  @Override
  public String method() {
    return FusedGeneratorFactory.NAME;
  }

  @Override
  public Map<String, String> parameters() {
    return parameters;
  }

  @Override
  public SoftMask generate(PseudoLabelRequest request) throws IOException {
    float[] warp = guidance.warpBlend(request);
    float[] read = memory.generate(request).probabilities();
    float[] out = new float[warp.length];
    for (int p = 0; p < out.length; p++) {
      float certainty = Math.abs(2 * warp[p] - 1);
      out[p] = certainty * warp[p] + (1 - certainty) * read[p];
    }
    return Masks.softFromProbabilities(request.frame(), request.width(), request.height(), out);
  }

  @Override
  public boolean propagates() {
    return true;
  }

  /**
   * From one keyframe the carried mask is nearly certain everywhere, however wrong, so its
   * certainty says nothing; its carried trust t (the product of the flow's consistencies along the
   * way) decides instead: {@code p = t·w + (1 − t)·k}. Near the keyframe the flow's edges win; once
   * the chain has crossed occlusions or broken flow, the memory read takes over.
   */
  @Override
  public SoftMask propagate(int frame, SoftMask anchor) throws IOException {
    float[] carried = guidance.carried(anchor, frame);
    float[] trust = guidance.trust(anchor, frame);
    float[] read = memory.propagate(frame, anchor).probabilities();
    float[] out = new float[carried.length];
    for (int p = 0; p < out.length; p++) {
      out[p] = trust[p] * carried[p] + (1 - trust[p]) * read[p];
    }
    return Masks.softFromProbabilities(frame, anchor.width(), anchor.height(), out);
  }

  @Override
  public void close() {
    try {
      guidance.close();
    } finally {
      memory.close();
    }
  }
}
