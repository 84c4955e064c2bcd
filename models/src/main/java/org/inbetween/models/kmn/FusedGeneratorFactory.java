package org.inbetween.models.kmn;

import org.inbetween.models.flow.Frames;
import org.inbetween.models.pseudo.GeneratorFactory;
import org.inbetween.models.pseudo.GeneratorSettings;
import org.inbetween.models.pseudo.PseudoLabelGenerator;

/**
 * Makes {@link FusedGenerator}s ({@value #NAME}); found through {@code META-INF/services}. Takes
 * the flow settings of {@code warp} and the options of {@link KmnGeneratorFactory}.
 */
public final class FusedGeneratorFactory implements GeneratorFactory {
  public static final String NAME = "kmn-warp";

  /** The option naming the {@link Fusion} ({@code certainty} or {@code trust}). */
  public static final String FUSION_OPTION = "fusion";

  /**
   * The fusion used when none is named: trust, chosen on held-out DAVIS train sequences
   * (docs/benchmarks.md).
   */
  public static final Fusion DEFAULT_FUSION = Fusion.TRUST;

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public String description() {
    return "warp where its flow chains hold (their carried trust), kmn's memory read where they"
        + " do not";
  }

  @Override
  public PseudoLabelGenerator create(Frames frames, GeneratorSettings settings) {
    String named = settings.options().get(FUSION_OPTION);
    Fusion fusion = named == null ? DEFAULT_FUSION : Fusion.parse(named);
    return new FusedGenerator(
        frames, settings, KmnGeneratorFactory.memory(frames, settings), fusion);
  }
}
