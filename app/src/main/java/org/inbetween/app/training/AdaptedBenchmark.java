package org.inbetween.app.training;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import org.inbetween.app.files.Folders;
import org.inbetween.app.labeling.bench.BenchResult;
import org.inbetween.app.labeling.bench.DavisSequence;
import org.inbetween.app.labeling.bench.PseudoLabelBenchmark;
import org.inbetween.app.labeling.bench.SequenceFrames;
import org.inbetween.app.project.NewProject;
import org.inbetween.app.project.SourceKind;
import org.inbetween.app.project.store.ProjectStore;
import org.inbetween.app.task.Progress;
import org.inbetween.app.video.DavisLayout;
import org.inbetween.models.fgplg.FgplgGeneratorFactory;
import org.inbetween.models.image.RgbImage;
import org.inbetween.models.kmn.DecoderAdaptation;
import org.inbetween.models.kmn.FusedGeneratorFactory;
import org.inbetween.models.kmn.KmnGeneratorFactory;
import org.inbetween.models.pseudo.GeneratorFactory;
import org.inbetween.models.pseudo.GeneratorSettings;
import org.inbetween.models.train.ComputeDevice;
import org.inbetween.models.train.Devices;

/**
 * The {@code -adapted} methods of {@code bench pseudo-labels}, the paper's setting: for each
 * sequence and interval, a scratch project holding only the keyframes' ground truth is adapted as a
 * user adapts a project, with Models › Adapt FGPLG ({@link AdaptTask}) for the methods that run
 * fgplg and Models › Adapt kmn ({@link KmnAdaptTask}) for those that read with kmn ({@code
 * kmn-fgplg-adapted} gets both); then the gaps are filled with the models that project uses from
 * then on ({@link AdaptedModel}). The clock covers the adaptation as well as the generation, so the
 * frames/s column is what a user waits for.
 */
public final class AdaptedBenchmark {
  /** An adapted method: what fills the gaps, and which of its models are adapted first. */
  private record Method(GeneratorFactory filler, boolean fgplg, boolean kmn) {
    String name() {
      return filler.name() + BenchResult.ADAPTED;
    }
  }

  private static final List<Method> METHODS =
      List.of(
          new Method(new FgplgGeneratorFactory(), true, false),
          new Method(new FusedGeneratorFactory.WithFgplg(), true, true),
          new Method(new KmnGeneratorFactory(), false, true),
          new Method(new FusedGeneratorFactory(), false, true));

  /** How each model is adapted on a sequence. */
  public record Recipes(AdaptationRecipe fgplg, DecoderAdaptation.Recipe kmn) {}

  private final Method method;
  private final Path davisRoot;
  private final GeneratorSettings settings;
  private final Recipes recipes;
  private final Consumer<String> log;

  private AdaptedBenchmark(
      Method method,
      Path davisRoot,
      GeneratorSettings settings,
      Recipes recipes,
      Consumer<String> log) {
    this.method = method;
    this.davisRoot = davisRoot;
    this.settings = settings;
    this.recipes = recipes;
    this.log = log;
  }

  /** Whether {@code name} is an adapted method ({@code fgplg-adapted}, {@code kmn-adapted}...). */
  public static boolean isAdapted(String name) {
    return METHODS.stream().anyMatch(m -> m.name().equals(name));
  }

  /**
   * The adapted method named {@code name}, if it is one.
   *
   * @param davisRoot where the sequences' frames are (recorded as the scratch project's source)
   * @param settings the flow settings, and the base fgplg model when one is named
   * @param recipes steps, learning rate and seed of every adaptation
   * @param log receives one line per run: what was adapted, how long it took
   */
  public static Optional<AdaptedBenchmark> named(
      String name,
      Path davisRoot,
      GeneratorSettings settings,
      Recipes recipes,
      Consumer<String> log) {
    return METHODS.stream()
        .filter(m -> m.name().equals(name))
        .findFirst()
        .map(m -> new AdaptedBenchmark(m, davisRoot, settings, recipes, log));
  }

  /**
   * Adapts on {@code sequence}'s keyframes at {@code interval}, then benchmarks the result. Where
   * the keyframes give an adaptation nothing to learn from (an interval as long as the sequence
   * leaves two keyframes, too few for fgplg; on a long gap the warped neighbours may miss the
   * object) it says so and fills with that model as it is, as the user would have to.
   */
  public BenchResult run(DavisSequence sequence, int interval) throws Exception {
    Path scratch = Files.createTempDirectory("inbetween-adapted-" + sequence.name());
    try {
      long start = System.nanoTime();
      Path project = scratch.resolve("project");
      List<String> how = new ArrayList<>();
      try (ProjectStore store = scratchProject(sequence, interval, project);
          SequenceFrames source = new SequenceFrames(sequence)) {
        if (method.fgplg()) {
          how.add(adaptFgplg(store, source));
        }
        if (method.kmn()) {
          how.add(adaptKmn(store, source));
        }
      }
      GeneratorSettings adapted = AdaptedModel.settingsFor(project, settings);
      double adaptSeconds = (System.nanoTime() - start) / 1e9;
      BenchResult generated =
          new PseudoLabelBenchmark(adapted, line -> {}).run(sequence, interval, method.filler());
      log.accept(
          String.format(
              Locale.ROOT,
              "%s l=%d: %s in %.1f s; generated %d frames in %.1f s",
              sequence.name(),
              interval,
              String.join("; ", how),
              adaptSeconds,
              generated.frames(),
              generated.seconds()));
      return generated.adapted(adaptSeconds);
    } finally {
      Folders.deleteRecursively(scratch);
    }
  }

  private String adaptFgplg(ProjectStore store, SequenceFrames source) throws Exception {
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

  private String adaptKmn(ProjectStore store, SequenceFrames source) throws Exception {
    try {
      KmnAdaptTask.Result result =
          new KmnAdaptTask(store, source, recipes.kmn()).run(Progress.NONE);
      return String.format(Locale.ROOT, "kmn decoder adapted, last loss %.4f", result.lastLoss());
    } catch (NothingToAdaptOnException e) {
      return e.getMessage() + ": filled with the decoder as it is";
    }
  }

  /**
   * A project over the sequence's frames with its ground truth on the keyframes of {@code
   * interval}.
   */
  private ProjectStore scratchProject(DavisSequence sequence, int interval, Path project)
      throws Exception {
    RgbImage first = sequence.frames().get(0);
    Path frames = DavisLayout.of(davisRoot, sequence.name()).frames();
    ProjectStore store =
        ProjectStore.create(
            project,
            NewProject.of(
                    SourceKind.IMAGE_FOLDER,
                    frames,
                    sequence.frameCount(),
                    25,
                    first.width(),
                    first.height())
                .withKeyframeInterval(Math.min(interval, sequence.frameCount())));
    try {
      for (int id : sequence.objectIds()) {
        store.addObject(id, "object " + id);
      }
      for (int k : PseudoLabelBenchmark.keyframes(sequence.frameCount(), interval)) {
        store.putHumanMask(sequence.truth().get(k), "ground truth");
      }
      return store;
    } catch (Exception e) {
      store.close();
      throw e;
    }
  }
}
