package org.inbetween.models.pseudo;

import java.util.Collections;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.TreeMap;

/**
 * The pseudo-label methods by name: the built-in {@code copy} and {@code warp}, plus every {@link
 * GeneratorFactory} listed as a service on the class path (how {@code fgplg} joins without this
 * class changing).
 */
public final class GeneratorRegistry {
  /**
   * The method used when none is named, if this build can run it: fgplg, which matches or beats
   * warp on the DAVIS val split at every keyframe interval (docs/benchmarks.md).
   */
  public static final String PREFERRED_DEFAULT = "fgplg";

  private final Map<String, GeneratorFactory> factories;

  private GeneratorRegistry(Map<String, GeneratorFactory> factories) {
    this.factories = Collections.unmodifiableMap(factories);
  }

  /** The built-in methods and those found through {@link ServiceLoader}. */
  public static GeneratorRegistry standard() {
    Map<String, GeneratorFactory> all = new TreeMap<>();
    add(all, new CopyGenerator.Factory());
    add(all, new WarpGenerator.Factory());
    for (GeneratorFactory factory : ServiceLoader.load(GeneratorFactory.class)) {
      add(all, factory);
    }
    return new GeneratorRegistry(all);
  }

  /** This registry plus {@code factory} (e.g. a test double). */
  public GeneratorRegistry with(GeneratorFactory factory) {
    Map<String, GeneratorFactory> all = new TreeMap<>(factories);
    add(all, factory);
    return new GeneratorRegistry(all);
  }

  /** The methods known, by name. */
  public Map<String, GeneratorFactory> factories() {
    return factories;
  }

  /**
   * The one default method of the program: the command line's {@code pseudo-label --method}, the
   * editor's Ctrl+G and its menu label all read it here. {@value #PREFERRED_DEFAULT} when it is
   * registered and {@linkplain GeneratorFactory#readyWithoutOptions() ready} (its bundled model is
   * in this build), else {@code warp}, which needs no model.
   */
  public String defaultMethod() {
    GeneratorFactory preferred = factories.get(PREFERRED_DEFAULT);
    return preferred != null && preferred.readyWithoutOptions()
        ? PREFERRED_DEFAULT
        : WarpGenerator.NAME;
  }

  /**
   * The factory called {@code name}.
   *
   * @throws IllegalArgumentException naming the known methods when there is none
   */
  public GeneratorFactory get(String name) {
    GeneratorFactory factory = factories.get(name);
    if (factory == null) {
      throw new IllegalArgumentException(
          "unknown pseudo-label method \"" + name + "\"; known: " + factories.keySet());
    }
    return factory;
  }

  private static void add(Map<String, GeneratorFactory> all, GeneratorFactory factory) {
    if (all.putIfAbsent(factory.name(), factory) != null) {
      throw new IllegalStateException("two pseudo-label methods are named " + factory.name());
    }
  }
}
