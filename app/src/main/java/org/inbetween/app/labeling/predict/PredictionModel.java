package org.inbetween.app.labeling.predict;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * A model that {@code predict} can run: a name in the registry, and how to load it. Each model
 * joins with one class (u2netp, ner).
 */
public interface PredictionModel {
  /** The name users type after {@code --model}, and the layer name {@code model/<name>}. */
  String name();

  /**
   * The layer it fills, {@code model/<layerName>}: its {@link #name} unless the short name users
   * type differs from the model's full name ({@code ner} fills {@code model/rcrnet-ner}).
   */
  default String layerName() {
    return name();
  }

  /**
   * Loads the network: the bundled weights, or those in {@code folder}.
   *
   * @throws IOException naming the file when the weights are missing or not this network
   */
  FramePredictor open(Optional<Path> folder) throws IOException;
}
