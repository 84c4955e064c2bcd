package org.inbetween.models.pseudo;

import java.io.IOException;
import java.util.Map;
import org.inbetween.models.flow.Frames;
import org.inbetween.models.image.Masks;
import org.inbetween.models.image.SoftMask;

/**
 * Both keyframe masks warped into frame k along the optical flow and blended, with no learning.
 *
 * <p>Each side's weight is its temporal weight ((j−k)/(j−i) for i, (k−i)/(j−i) for j) times its
 * forward–backward consistency at that pixel, plus a small floor so that where both sides are
 * inconsistent the temporal weights decide: {@code p = Σ a_s·WG_s / Σ a_s} with {@code a_s = w_s ·
 * (c_s + ε)}. Where an object is occluded as seen from one keyframe, the other keyframe takes over.
 */
public final class WarpGenerator implements PseudoLabelGenerator {
  public static final String NAME = "warp";

  /** Keeps a side's vote alive where its flow fails the consistency check. */
  static final float CONSISTENCY_FLOOR = 0.05f;

  /** Makes warp generators. */
  public static final class Factory implements GeneratorFactory {
    @Override
    public String name() {
      return NAME;
    }

    @Override
    public String description() {
      return "both keyframe masks warped by DIS optical flow, blended by distance and consistency";
    }

    @Override
    public PseudoLabelGenerator create(Frames frames, GeneratorSettings settings) {
      return new WarpGenerator(frames, settings);
    }
  }

  private final FlowGuidance guidance;
  private final GeneratorSettings settings;

  public WarpGenerator(Frames frames, GeneratorSettings settings) {
    this.guidance = new FlowGuidance(frames, settings);
    this.settings = settings;
  }

  @Override
  public String method() {
    return NAME;
  }

  @Override
  public Map<String, String> parameters() {
    return settings.flowParameters();
  }

  @Override
  public SoftMask generate(PseudoLabelRequest request) throws IOException {
    int k = request.frame();
    GuidanceInputs in = guidance.inputs(request);
    float[] trustBefore = guidance.consistency(k, request.before().frame());
    float[] trustAfter = guidance.consistency(k, request.after().frame());
    float weightBefore = request.weightBefore();
    float weightAfter = request.weightAfter();
    float[] out = new float[trustBefore.length];
    for (int p = 0; p < out.length; p++) {
      float a = weightBefore * (trustBefore[p] + CONSISTENCY_FLOOR);
      float b = weightAfter * (trustAfter[p] + CONSISTENCY_FLOOR);
      float blended = (a * in.warpedBefore()[p] + b * in.warpedAfter()[p]) / (a + b);
      out[p] = Math.min(1f, Math.max(0f, blended));
    }
    return Masks.softFromProbabilities(k, request.width(), request.height(), out);
  }

  @Override
  public void close() {
    guidance.close();
  }
}
