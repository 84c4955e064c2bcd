package org.inbetween.app.labeling.predict;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.inbetween.models.train.Checkpoints;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --model NAME[=FOLDER]}, and a project's own weights replacing the bundled ones: only a
 * folder holding a checkpoint counts, and a folder named on the command line always wins.
 */
class ModelChoiceTest {
  @TempDir Path project;

  @Test
  void parsesANameAndAnOptionalFolder() {
    assertEquals(ModelChoice.bundled("ner"), ModelChoice.parse(" ner "));
    assertEquals(
        new ModelChoice("ner", Optional.of(Path.of("runs/a"))), ModelChoice.parse("ner=runs/a"));
    assertThrows(IllegalArgumentException.class, () -> ModelChoice.parse("ner="));
    assertThrows(IllegalArgumentException.class, () -> ModelChoice.parse("=runs/a"));
  }

  @Test
  void theProjectsOwnCheckpointReplacesTheBundledOne() throws Exception {
    Path own = Files.createDirectories(project.resolve("models/ner"));
    assertEquals(
        ModelChoice.bundled("ner"),
        ModelChoice.bundled("ner").forProject(project),
        "an empty folder is no model");
    Files.writeString(own.resolve(Checkpoints.INFO), "{}");
    assertEquals(
        new ModelChoice("ner", Optional.of(own)), ModelChoice.bundled("ner").forProject(project));
    assertEquals(
        ModelChoice.bundled("u2netp"),
        ModelChoice.bundled("u2netp").forProject(project),
        "another model's folder is not consulted");
  }

  @Test
  void aFolderNamedOnTheCommandLineWins() throws Exception {
    Path own = Files.createDirectories(project.resolve("models/ner"));
    Files.writeString(own.resolve(Checkpoints.INFO), "{}");
    ModelChoice named = ModelChoice.parse("ner=elsewhere");
    assertEquals(named, named.forProject(project));
  }
}
