package org.inbetween.app.training;

import java.nio.file.Files;
import java.nio.file.Path;
import org.inbetween.app.project.Project;
import org.inbetween.app.project.store.ProjectStore;
import org.inbetween.models.fgplg.FgplgGeneratorFactory;
import org.inbetween.models.kmn.DecoderAdaptation;
import org.inbetween.models.pseudo.GeneratorSettings;
import org.inbetween.models.train.Checkpoints;

/**
 * The models a project was adapted to, which the editor's pseudo-labelling prefers to the bundled
 * ones: the FGPLG checkpoint of "Adapt FGPLG to this project" ({@value AdaptRequest#DEFAULT_OUT}
 * inside it), used by {@code fgplg} and {@code kmn-fgplg}, and the kmn decoder of "Adapt kmn to
 * this project" ({@value KmnAdaptTask#DEFAULT_OUT}), used by every kmn method, whose fusions then
 * rely on the read more ({@link DecoderAdaptation#settingsWith}). The next Ctrl+G fills gaps with
 * what was learnt from the project's own keyframes.
 */
public final class AdaptedModel {
  private AdaptedModel() {}

  /**
   * What the project's jobs run with: its optical flow ({@link Project#flowSettings()}), naming its
   * adapted models when it has them.
   */
  public static GeneratorSettings settingsFor(ProjectStore store) {
    return settingsFor(store.directory(), store.project().flowSettings());
  }

  /** {@code base}, naming the project's adapted models in place of its own when it has them. */
  public static GeneratorSettings settingsFor(Path project, GeneratorSettings base) {
    GeneratorSettings settings = base;
    Path fgplg = project.resolve(AdaptRequest.DEFAULT_OUT);
    if (Files.isRegularFile(fgplg.resolve(Checkpoints.INFO))) {
      settings = settings.withOption(FgplgGeneratorFactory.MODEL_OPTION, fgplg.toString());
    }
    Path decoder = project.resolve(KmnAdaptTask.DEFAULT_OUT);
    if (Files.isRegularFile(decoder)) {
      settings = DecoderAdaptation.settingsWith(settings, decoder);
    }
    return settings;
  }
}
