package org.inbetween.app.labeling.predict;

import java.util.Collections;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The models {@code predict} knows, by name. u2netp and ner; others join by being added in {@link
 * #standard()}, and tests add doubles with {@link #with}.
 */
public final class PredictionModels {
  private final Map<String, PredictionModel> models;

  private PredictionModels(Map<String, PredictionModel> models) {
    this.models = Collections.unmodifiableMap(models);
  }

  /** The models shipped with Inbetween. */
  public static PredictionModels standard() {
    return new PredictionModels(new TreeMap<>())
        .with(SaliencyPrediction.u2netp())
        .with(new NerPrediction());
  }

  /** This registry plus {@code model}. */
  public PredictionModels with(PredictionModel model) {
    Map<String, PredictionModel> all = new TreeMap<>(models);
    if (all.putIfAbsent(model.name(), model) != null) {
      throw new IllegalStateException("two prediction models are named " + model.name());
    }
    return new PredictionModels(all);
  }

  /** The names known, sorted. */
  public Set<String> names() {
    return models.keySet();
  }

  /**
   * The model called {@code name}.
   *
   * @throws IllegalArgumentException naming the known models when there is none
   */
  public PredictionModel get(String name) {
    PredictionModel model = models.get(name);
    if (model == null) {
      throw new IllegalArgumentException(
          "unknown model \"" + name + "\"; known: " + models.keySet());
    }
    return model;
  }
}
