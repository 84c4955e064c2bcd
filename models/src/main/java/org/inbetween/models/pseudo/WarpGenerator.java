package org.inbetween.models.pseudo;

import java.io.IOException;
import java.util.Map;
import org.inbetween.models.flow.Frames;
import org.inbetween.models.image.Masks;
import org.inbetween.models.image.SoftMask;

/**
 * Both keyframe masks warped into frame k along the optical flow and blended, with no learning.
 *
 * <p>The blend is {@link FlowGuidance#warpBlend}: temporal weights times forward–backward
 * consistency, so where an object is occluded as seen from one keyframe, the other takes over.
 */
public final class WarpGenerator implements PseudoLabelGenerator {
  public static final String NAME = "warp";

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
    float[] blend = guidance.warpBlend(request);
    return Masks.softFromProbabilities(request.frame(), request.width(), request.height(), blend);
  }

  @Override
  public boolean propagates() {
    return true;
  }

  /** The anchor's mask carried frame by frame along the flow, as one side of a gap is. */
  @Override
  public SoftMask propagate(int frame, SoftMask anchor) throws IOException {
    float[] carried = guidance.carried(anchor, frame);
    return Masks.softFromProbabilities(frame, anchor.width(), anchor.height(), carried.clone());
  }

  @Override
  public void close() {
    guidance.close();
  }
}
