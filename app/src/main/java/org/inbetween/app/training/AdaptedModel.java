package org.inbetween.app.training;

import java.nio.file.Files;
import java.nio.file.Path;
import org.inbetween.models.fgplg.FgplgGeneratorFactory;
import org.inbetween.models.pseudo.GeneratorSettings;
import org.inbetween.models.train.Checkpoints;

/**
 * The FGPLG model a project was adapted to ({@value AdaptRequest#DEFAULT_OUT} inside it), which the
 * editor's pseudo-labelling prefers to the bundled one: after "Adapt to this project" the next
 * Ctrl+G fills gaps with what was learnt from the project's own keyframes, with {@code fgplg} alone
 * or fused with the memory read ({@code kmn-fgplg}).
 */
public final class AdaptedModel {
  private AdaptedModel() {}

  /** The default settings, naming the project's adapted checkpoint as the model when it has one. */
  public static GeneratorSettings settingsFor(Path project) {
    Path folder = project.resolve(AdaptRequest.DEFAULT_OUT);
    GeneratorSettings defaults = GeneratorSettings.defaults();
    return Files.isRegularFile(folder.resolve(Checkpoints.INFO))
        ? defaults.withOption(FgplgGeneratorFactory.MODEL_OPTION, folder.toString())
        : defaults;
  }
}
