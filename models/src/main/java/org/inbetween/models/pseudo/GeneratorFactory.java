package org.inbetween.models.pseudo;

import org.inbetween.models.flow.Frames;

/**
 * Makes a {@link PseudoLabelGenerator} for one sequence. Factories are found by name in a {@link
 * GeneratorRegistry}; a new method (such as fgplg) plugs in by implementing this and listing itself
 * in {@code META-INF/services/org.inbetween.models.pseudo.GeneratorFactory}.
 */
public interface GeneratorFactory {
  /** The method's name, e.g. "warp". */
  String name();

  /** A one-line description for help texts. */
  String description();

  /**
   * Whether this build can run the method with no options given. False for a method whose default
   * model is missing from the build (fgplg without its bundled weights), which then cannot be the
   * {@linkplain GeneratorRegistry#defaultMethod() default method}.
   */
  default boolean readyWithoutOptions() {
    return true;
  }

  /** A generator reading the sequence's frames through {@code frames}. */
  PseudoLabelGenerator create(Frames frames, GeneratorSettings settings);
}
