package org.inbetween.app.effort;

import java.util.Optional;
import org.inbetween.app.project.store.ProjectStore;
import org.inbetween.app.training.AdaptedMethod;
import org.inbetween.app.video.FrameSource;
import org.inbetween.models.pseudo.GeneratorFactory;
import org.inbetween.models.pseudo.GeneratorSettings;

/**
 * What fills the {@link SimulatedAnnotator}'s gaps: a generator as it is, or an {@link
 * AdaptedMethod}, whose models the annotator adapts on the keyframes it drew first, before its
 * first pseudo-label run — as a user draws a few keyframes, runs Models › Adapt, then Ctrl+G.
 */
public final class AnnotatorMethod {
  private final GeneratorFactory factory;
  private final GeneratorSettings settings;
  private final Optional<AdaptedMethod> adaptation;

  private AnnotatorMethod(
      GeneratorFactory factory, GeneratorSettings settings, Optional<AdaptedMethod> adaptation) {
    this.factory = factory;
    this.settings = settings;
    this.adaptation = adaptation;
  }

  /** {@code factory}'s generator with {@code settings}, nothing adapted. */
  public static AnnotatorMethod of(GeneratorFactory factory, GeneratorSettings settings) {
    return new AnnotatorMethod(factory, settings, Optional.empty());
  }

  /** The project's models adapted by {@code method}, then its filler on them. */
  public static AnnotatorMethod adapted(AdaptedMethod method) {
    return new AnnotatorMethod(method.filler(), null, Optional.of(method));
  }

  /** The name the results carry, e.g. {@code warp} or {@code fgplg-adapted}. */
  public String name() {
    return adaptation.map(AdaptedMethod::name).orElse(factory.name());
  }

  GeneratorFactory factory() {
    return factory;
  }

  /**
   * Adapts the project's models on its keyframes when this method is adapted, and returns the
   * settings every later run of the annotator uses.
   */
  GeneratorSettings prepare(ProjectStore store, FrameSource frames) throws Exception {
    if (adaptation.isEmpty()) {
      return settings;
    }
    adaptation.get().adapt(store, frames);
    return adaptation.get().settingsFor(store.directory());
  }
}
