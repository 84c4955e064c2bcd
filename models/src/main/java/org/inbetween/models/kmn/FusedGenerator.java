package org.inbetween.models.kmn;

import java.io.IOException;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.inbetween.models.fgplg.FgplgRefiner;
import org.inbetween.models.flow.Frames;
import org.inbetween.models.image.Masks;
import org.inbetween.models.image.SoftMask;
import org.inbetween.models.pseudo.FlowGuidance;
import org.inbetween.models.pseudo.GeneratorSettings;
import org.inbetween.models.pseudo.PseudoLabelGenerator;
import org.inbetween.models.pseudo.PseudoLabelRequest;

/**
 * {@code kmn-warp} and {@code kmn-fgplg}: the flow method's answer where it can be relied on, the
 * memory read elsewhere. At each pixel, with w the {@code warp} blend (or {@code fgplg}'s
 * refinement of it, computed on the same flows) and k the {@link KmnGenerator}'s read, {@code p =
 * c·w + (1 − c)·k}, c as the {@link Fusion} says: the flow keeps its sharp boundaries where it
 * holds, and where it does not the read, which carries nothing from frame to frame, decides.
 */
public final class FusedGenerator implements PseudoLabelGenerator {
  /**
   * The carried trust from which warp is taken whole; below it c falls in proportion. The trust is
   * a product of consistencies along the chain, so it sinks with the distance from the keyframe
   * even where the flow holds: taken as c unscaled, it handed long intact chains to the coarser
   * read (on val, car-roundabout and car-shadow fell 0.02–0.04 J&F below warp alone). A chain that
   * broke still drops to near 0. Chosen on the held-out train sequences among 1, 0.5, 0.25, 0.125
   * and 0.0625 (docs/benchmarks.md, "kmn on the val split"). A decoder adapted to the video reads
   * better and takes more ({@link DecoderAdaptation#FULL_TRUST}); the {@code fullTrust} option says
   * which.
   */
  static final float FULL_TRUST = 0.25f;

  private final String method;
  private final FlowGuidance guidance;
  private final Optional<FgplgRefiner> refiner;
  private final KmnGenerator memory;
  private final Fusion fusion;
  private final float fullTrust;
  private final Map<String, String> parameters;

  /**
   * @param method the method's name
   * @param refiner fgplg's refiner for {@code kmn-fgplg}, empty for {@code kmn-warp}; closed with
   *     this generator
   */
  FusedGenerator(
      String method,
      Frames frames,
      GeneratorSettings settings,
      Optional<FgplgRefiner> refiner,
      KmnGenerator memory,
      Fusion fusion,
      float fullTrust) {
    this.method = method;
    this.guidance = new FlowGuidance(frames, settings);
    this.refiner = refiner;
    this.memory = memory;
    this.fusion = fusion;
    this.fullTrust = fullTrust;
    Map<String, String> all = new TreeMap<>(settings.flowParameters());
    refiner.ifPresent(r -> all.putAll(r.parameters()));
    all.putAll(memory.parameters());
    all.put(FusedGeneratorFactory.FUSION_OPTION, fusion.label());
    all.put(FusedGeneratorFactory.FULL_TRUST_OPTION, Float.toString(fullTrust));
    this.parameters = Map.copyOf(all);
  }

  @Override
  public String method() {
    return method;
  }

  @Override
  public Map<String, String> parameters() {
    return parameters;
  }

  @Override
  public String device() {
    return refiner.map(r -> r.device().toString()).orElse(PseudoLabelGenerator.super.device());
  }

  @Override
  public SoftMask generate(PseudoLabelRequest request) throws IOException {
    float[] warp =
        refiner.isPresent() ? refiner.get().refine(guidance, request) : guidance.warpBlend(request);
    float[] read = memory.generate(request).probabilities();
    float[] reliance = reliance(request, warp);
    float[] out = new float[warp.length];
    for (int p = 0; p < out.length; p++) {
      out[p] = reliance[p] * warp[p] + (1 - reliance[p]) * read[p];
    }
    return Masks.softFromProbabilities(request.frame(), request.width(), request.height(), out);
  }

  /** The c of {@code p = c·w + (1 − c)·k} per pixel, as the fusion says. */
  private float[] reliance(PseudoLabelRequest request, float[] warp) throws IOException {
    float[] reliance = new float[warp.length];
    if (fusion == Fusion.CERTAINTY) {
      for (int p = 0; p < warp.length; p++) {
        reliance[p] = Math.abs(2 * warp[p] - 1);
      }
      return reliance;
    }
    float[] before = guidance.trust(request.before(), request.frame());
    float[] after = guidance.trust(request.after(), request.frame());
    float weightBefore = request.weightBefore();
    float weightAfter = request.weightAfter();
    for (int p = 0; p < warp.length; p++) {
      reliance[p] = relianceOf(weightBefore * before[p] + weightAfter * after[p], fullTrust);
    }
    return reliance;
  }

  /** The c of a carried trust t: {@code min(1, t / fullTrust)}. */
  static float relianceOf(float trust, float fullTrust) {
    return Math.min(1f, trust / fullTrust);
  }

  @Override
  public boolean propagates() {
    return true;
  }

  /**
   * From one keyframe fgplg has no second side to refine with, so both methods fuse the carried
   * mask. The carried mask is nearly certain everywhere, however wrong, so its certainty says
   * nothing; its carried trust t (the product of the flow's consistencies along the way) decides
   * instead: {@code p = c·w + (1 − c)·k} with c = {@link #relianceOf}(t, full trust). Near the
   * keyframe the flow's edges win; once the chain has crossed occlusions or broken flow, the memory
   * read takes over.
   */
  @Override
  public SoftMask propagate(int frame, SoftMask anchor) throws IOException {
    float[] carried = guidance.carried(anchor, frame);
    float[] trust = guidance.trust(anchor, frame);
    float[] read = memory.propagate(frame, anchor).probabilities();
    float[] out = new float[carried.length];
    for (int p = 0; p < out.length; p++) {
      float reliance = relianceOf(trust[p], fullTrust);
      out[p] = reliance * carried[p] + (1 - reliance) * read[p];
    }
    return Masks.softFromProbabilities(frame, anchor.width(), anchor.height(), out);
  }

  @Override
  public void close() {
    try (KmnGenerator read = memory;
        FlowGuidance flows = guidance) {
      refiner.ifPresent(FgplgRefiner::close);
    }
  }
}
