package org.inbetween.app.training;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.inbetween.app.labeling.bench.BenchResult;
import org.inbetween.app.project.store.ProjectStore;
import org.inbetween.app.task.Progress;
import org.inbetween.app.video.FrameSource;
import org.inbetween.models.fgplg.FgplgGeneratorFactory;
import org.inbetween.models.kmn.DecoderAdaptation;
import org.inbetween.models.kmn.FusedGeneratorFactory;
import org.inbetween.models.kmn.KmnGeneratorFactory;
import org.inbetween.models.pseudo.GeneratorFactory;
import org.inbetween.models.pseudo.GeneratorSettings;
import org.inbetween.models.train.ComputeDevice;
import org.inbetween.models.train.Devices;

/**
 * A method whose models are first adapted to the project's own keyframes, as a user does with
 * Models › Adapt FGPLG ({@link AdaptTask}) and Models › Adapt kmn ({@link KmnAdaptTask}): {@code
 * fgplg-adapted}, {@code kmn-adapted}, {@code kmn-warp-adapted} and {@code kmn-fgplg-adapted}
 * (which adapts both). The benchmarks that simulate a user ({@code bench pseudo-labels}, {@code
 * bench effort}) adapt through here, then fill with {@link #filler()} on {@link AdaptedModel}'s
 * settings.
 */
public final class AdaptedMethod {
  /** How each model is adapted. */
  public record Recipes(AdaptationRecipe fgplg, DecoderAdaptation.Recipe kmn) {}

  private record Kind(GeneratorFactory filler, boolean fgplg, boolean kmn) {
    String name() {
      return filler.name() + BenchResult.ADAPTED;
    }
  }

  private static final List<Kind> KINDS =
      List.of(
          new Kind(new FgplgGeneratorFactory(), true, false),
          new Kind(new FusedGeneratorFactory.WithFgplg(), true, true),
          new Kind(new KmnGeneratorFactory(), false, true),
          new Kind(new FusedGeneratorFactory(), false, true));

  private final Kind kind;
  private final GeneratorSettings settings;
  private final Recipes recipes;

  private AdaptedMethod(Kind kind, GeneratorSettings settings, Recipes recipes) {
    this.kind = kind;
    this.settings = settings;
    this.recipes = recipes;
  }

  /** Whether {@code name} is an adapted method. */
  public static boolean isAdapted(String name) {
    return KINDS.stream().anyMatch(k -> k.name().equals(name));
  }

  /**
   * The adapted method named {@code name}, if it is one.
   *
   * @param settings the flow settings, and the base fgplg model when one is named
   * @param recipes steps, learning rate and seed of every adaptation
   */
  public static Optional<AdaptedMethod> named(
      String name, GeneratorSettings settings, Recipes recipes) {
    return KINDS.stream()
        .filter(k -> k.name().equals(name))
        .findFirst()
        .map(k -> new AdaptedMethod(k, settings, recipes));
  }

  /** The method's name, e.g. {@code fgplg-adapted}. */
  public String name() {
    return kind.name();
  }

  /** What fills the gaps once the models are adapted. */
  public GeneratorFactory filler() {
    return kind.filler();
  }

  /** The settings that fill the gaps of {@code project} with its adapted models. */
  public GeneratorSettings settingsFor(Path project) {
    return AdaptedModel.settingsFor(project, settings);
  }

  /**
   * Adapts the project's models on its human keyframes, writing them where the project's own
   * adaptations go. Where the keyframes give a model nothing to learn from (two keyframes, too few
   * for fgplg; warped neighbours that miss the object on a long gap) it says so and leaves that
   * model as it is, as the user would have to.
   *
   * @return what happened, one phrase per model
   */
  public String adapt(ProjectStore store, FrameSource source) throws Exception {
    List<String> how = new ArrayList<>();
    if (kind.fgplg()) {
      how.add(adaptFgplg(store, source));
    }
    if (kind.kmn()) {
      how.add(adaptKmn(store, source));
    }
    return String.join("; ", how);
  }

  private String adaptFgplg(ProjectStore store, FrameSource source) throws Exception {
    ComputeDevice device =
        Devices.resolve(
            ComputeDevice.parse(
                settings.options().getOrDefault(FgplgGeneratorFactory.DEVICE_OPTION, "auto")));
    String base = settings.options().get(FgplgGeneratorFactory.MODEL_OPTION);
    AdaptationRecipe recipe = recipes.fgplg();
    AdaptRequest request =
        new AdaptRequest(
            base == null ? null : Path.of(base),
            recipe.steps(),
            recipe.learningRate(),
            recipe.inputSide(),
            device,
            settings,
            null,
            false,
            recipe.seed(),
            recipe.corruption());
    try {
      return "fgplg adapted, "
          + new AdaptTask(store, source, request).run(Progress.NONE).heldOutJ();
    } catch (NothingToAdaptOnException e) {
      return e.getMessage() + ": filled with the model as it is";
    }
  }

  private String adaptKmn(ProjectStore store, FrameSource source) throws Exception {
    try {
      KmnAdaptTask.Result result =
          new KmnAdaptTask(store, source, recipes.kmn()).run(Progress.NONE);
      return String.format(Locale.ROOT, "kmn decoder adapted, last loss %.4f", result.lastLoss());
    } catch (NothingToAdaptOnException e) {
      return e.getMessage() + ": filled with the decoder as it is";
    }
  }
}
