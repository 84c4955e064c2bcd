package org.inbetween.models.kmn;

import java.util.Optional;
import org.inbetween.models.fgplg.BundledModel;
import org.inbetween.models.fgplg.FgplgRefiner;
import org.inbetween.models.flow.Frames;
import org.inbetween.models.pseudo.GeneratorFactory;
import org.inbetween.models.pseudo.GeneratorSettings;
import org.inbetween.models.pseudo.PseudoLabelGenerator;

/**
 * Makes {@link FusedGenerator}s that fuse the memory read with {@code warp} ({@value #NAME}, this
 * class) or with {@code fgplg} ({@value WithFgplg#NAME}, {@link WithFgplg}); found through {@code
 * META-INF/services}. Takes the flow settings of {@code warp}, the options of {@link
 * KmnGeneratorFactory}, and for {@code kmn-fgplg} those of {@code fgplg} ({@code model}, {@code
 * device}), so an adapted checkpoint fuses as the bundled one does.
 */
public class FusedGeneratorFactory implements GeneratorFactory {
  public static final String NAME = "kmn-warp";

  /** The option naming the {@link Fusion} ({@code certainty} or {@code trust}). */
  public static final String FUSION_OPTION = "fusion";

  /**
   * The carried trust from which the trust fusion takes the flow's answer whole (default {@value
   * FusedGenerator#FULL_TRUST}; see there).
   */
  public static final String FULL_TRUST_OPTION = "fullTrust";

  /**
   * The fusion used when none is named: trust, chosen on held-out DAVIS train sequences
   * (docs/benchmarks.md).
   */
  public static final Fusion DEFAULT_FUSION = Fusion.TRUST;

  /** The read fused with {@code fgplg} in place of {@code warp}. */
  public static final class WithFgplg extends FusedGeneratorFactory {
    public static final String NAME = "kmn-fgplg";

    public WithFgplg() {
      super(true);
    }
  }

  private final boolean refined;

  /** The read fused with {@code warp}. */
  public FusedGeneratorFactory() {
    this(false);
  }

  private FusedGeneratorFactory(boolean refined) {
    this.refined = refined;
  }

  @Override
  public String name() {
    return refined ? WithFgplg.NAME : NAME;
  }

  @Override
  public String description() {
    return (refined ? "fgplg" : "warp")
        + " where its flow chains hold (their carried trust), kmn's memory read where they do not";
  }

  /** {@code kmn-fgplg} with no {@code model} option needs the bundled fgplg model. */
  @Override
  public boolean readyWithoutOptions() {
    return !refined || BundledModel.isPresent();
  }

  @Override
  public PseudoLabelGenerator create(Frames frames, GeneratorSettings settings) {
    String named = settings.options().get(FUSION_OPTION);
    Fusion fusion = named == null ? DEFAULT_FUSION : Fusion.parse(named);
    float fullTrust =
        KmnGeneratorFactory.option(settings, FULL_TRUST_OPTION, FusedGenerator.FULL_TRUST);
    Optional<FgplgRefiner> refiner =
        refined ? Optional.of(FgplgRefiner.load(settings)) : Optional.empty();
    try {
      return new FusedGenerator(
          name(),
          frames,
          settings,
          refiner,
          KmnGeneratorFactory.memory(frames, settings),
          fusion,
          fullTrust);
    } catch (RuntimeException e) {
      refiner.ifPresent(FgplgRefiner::close);
      throw e;
    }
  }
}
