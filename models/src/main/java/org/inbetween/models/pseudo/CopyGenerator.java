package org.inbetween.models.pseudo;

import java.util.Map;
import org.inbetween.models.flow.Frames;
import org.inbetween.models.image.Masks;
import org.inbetween.models.image.SoftMask;

/**
 * The baseline: the nearest keyframe's mask, unchanged; on a tie the earlier keyframe. Anything
 * smarter must beat this to be worth its cost.
 */
public final class CopyGenerator implements PseudoLabelGenerator {
  public static final String NAME = "copy";

  /** Makes copy generators; copying reads no frames and ignores the flow settings. */
  public static final class Factory implements GeneratorFactory {
    @Override
    public String name() {
      return NAME;
    }

    @Override
    public String description() {
      return "the nearest keyframe's mask (ties: the earlier one)";
    }

    @Override
    public PseudoLabelGenerator create(Frames frames, GeneratorSettings settings) {
      return new CopyGenerator();
    }
  }

  @Override
  public String method() {
    return NAME;
  }

  @Override
  public Map<String, String> parameters() {
    return Map.of();
  }

  @Override
  public SoftMask generate(PseudoLabelRequest request) {
    int k = request.frame();
    SoftMask nearest =
        k - request.before().frame() <= request.after().frame() - k
            ? request.before()
            : request.after();
    return Masks.softFromProbabilities(
        k, nearest.width(), nearest.height(), nearest.probabilities());
  }

  @Override
  public boolean propagates() {
    return true;
  }

  /** The anchor's mask, unchanged: what a keyframe held still predicts. */
  @Override
  public SoftMask propagate(int frame, SoftMask anchor) {
    return Masks.softFromProbabilities(
        frame, anchor.width(), anchor.height(), anchor.probabilities());
  }

  @Override
  public void close() {}
}
