package org.inbetween.app.labeling.predict;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * A model that {@code predict} can run: a name in the registry, and how to load it. How u2netp
 * joins today, and how ner and kmn join later, each with one class.
 */
public interface PredictionModel {
  /** The name users type after {@code --model}, and the layer name {@code model/<name>}. */
  String name();

  /**
   * Loads the network: the bundled weights, or those in {@code folder}.
   *
   * @throws IOException naming the file when the weights are missing or not this network
   */
  FramePredictor open(Optional<Path> folder) throws IOException;
}
