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

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public String description() {
    return "warp where the two keyframes' warps agree, kmn's memory read where they do not";
  }

  @Override
  public PseudoLabelGenerator create(Frames frames, GeneratorSettings settings) {
    return new FusedGenerator(frames, settings, KmnGeneratorFactory.memory(frames, settings));
  }
}
