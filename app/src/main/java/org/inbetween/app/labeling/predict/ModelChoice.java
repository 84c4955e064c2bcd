package org.inbetween.app.labeling.predict;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import org.inbetween.models.train.Checkpoints;

/**
 * What {@code --model NAME[=FOLDER]} asks for: a registered model by name, with its bundled weights
 * or with the weights in FOLDER (e.g. a fine-tuned copy). A project's own weights, trained on it in
 * {@code models/NAME} inside the project ({@link #projectFolder}), replace the bundled ones for
 * that project when no folder is named ({@link #forProject}).
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

  /**
   * Where a project keeps weights trained on itself for model {@code name}: {@code models/NAME}
   * inside the project folder (docs/formats.md), e.g. the editor's "Train saliency model on this
   * project".
   */
  public static Path projectFolder(Path project, String name) {
    return project.resolve("models").resolve(name);
  }

  /**
   * This choice for {@code project}: when no folder is named and the project holds a checkpoint
   * trained on itself ({@link #projectFolder}), that checkpoint; otherwise this choice unchanged.
   */
  public ModelChoice forProject(Path project) {
    Path own = projectFolder(project, name);
    if (folder.isEmpty() && Files.isRegularFile(own.resolve(Checkpoints.INFO))) {
      return new ModelChoice(name, Optional.of(own));
    }
    return this;
  }

  /** The bundled weights of {@code name}. */
  public static ModelChoice bundled(String name) {
    return new ModelChoice(name, Optional.empty());
  }
}
