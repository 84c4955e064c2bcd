package org.inbetween.app.labeling.predict;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * What {@code --model NAME[=FOLDER]} asks for: a registered model by name, with its bundled weights
 * or with the weights in FOLDER (e.g. a fine-tuned copy).
 *
 * @param name the registry name, e.g. "u2netp"
 * @param folder where to read the weights from instead of the bundled ones
 */
public record ModelChoice(String name, Optional<Path> folder) {
  public ModelChoice {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(folder, "folder");
    if (name.isBlank()) {
      throw new IllegalArgumentException("--model needs a name, e.g. u2netp or u2netp=FOLDER");
    }
  }

  /** Parses {@code NAME} or {@code NAME=FOLDER}. */
  public static ModelChoice parse(String text) {
    int equals = text.indexOf('=');
    if (equals < 0) {
      return new ModelChoice(text.strip(), Optional.empty());
    }
    String folder = text.substring(equals + 1).strip();
    if (folder.isEmpty()) {
      throw new IllegalArgumentException("--model " + text + ": no folder after '='");
    }
    return new ModelChoice(text.substring(0, equals).strip(), Optional.of(Path.of(folder)));
  }

  /** The bundled weights of {@code name}. */
  public static ModelChoice bundled(String name) {
    return new ModelChoice(name, Optional.empty());
  }
}
