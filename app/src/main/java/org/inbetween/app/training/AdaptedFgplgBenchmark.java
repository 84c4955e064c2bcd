package org.inbetween.app.training;

import java.nio.file.Files;
import java.nio.file.Path;
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
import org.inbetween.models.kmn.FusedGeneratorFactory;
import org.inbetween.models.pseudo.GeneratorFactory;
import org.inbetween.models.pseudo.GeneratorSettings;
import org.inbetween.models.train.ComputeDevice;
import org.inbetween.models.train.Devices;

/**
 * {@code fgplg-adapted} and {@code kmn-fgplg-adapted}, the paper's setting: for each sequence and
 * interval, {@code adapt} the FGPLG model on that sequence's own keyframes (the same {@link
 * AdaptTask} as {@code inbetween adapt}, on a scratch project holding only the keyframes' ground
 * truth), then fill the gaps with the adapted model, alone ({@code fgplg}) or fused with the memory
 * read ({@code kmn-fgplg}). The clock covers the adaptation as well as the generation, so the
 * frames/s column is what a user waits for.
 */
public final class AdaptedFgplgBenchmark {
  /** What a method's name in the table ends with: the filling method's name comes first. */
  private static final String SUFFIX = "-adapted";

  /** The methods that take the adapted model's {@code model} option. */
  private static final List<GeneratorFactory> FILLERS =
      List.of(new FgplgGeneratorFactory(), new FusedGeneratorFactory.WithFgplg());

  private final GeneratorFactory filler;
  private final Path davisRoot;
  private final GeneratorSettings settings;
  private final AdaptationRecipe recipe;
  private final Consumer<String> log;

  /**
   * The adapted method named {@code name} ({@code fgplg-adapted} or {@code kmn-fgplg-adapted}), if
   * it is one.
   */
  public static Optional<GeneratorFactory> filler(String name) {
    return FILLERS.stream().filter(f -> name.equals(f.name() + SUFFIX)).findFirst();
  }

  /**
   * @param filler fills the gaps with the adapted model: {@link #filler}'s answer
   * @param davisRoot where the sequences' frames are (recorded as the scratch project's source)
   * @param settings the flow settings, and the base model when one is named
   * @param recipe steps, learning rate, seed and prior damage of every adaptation
   * @param log receives one line per run: adaptation time and held-out J
   */
  public AdaptedFgplgBenchmark(
      GeneratorFactory filler,
      Path davisRoot,
      GeneratorSettings settings,
      AdaptationRecipe recipe,
      Consumer<String> log) {
    this.filler = filler;
    this.davisRoot = davisRoot;
    this.settings = settings;
    this.recipe = recipe;
    this.log = log;
  }

  /**
   * Adapts on {@code sequence}'s keyframes at {@code interval}, then benchmarks the result. Where
   * the keyframes give adapting nothing to learn from (an interval as long as the sequence leaves
   * two; on a long gap the warped neighbours may miss the object) it says so and fills with the
   * model as it is, as the user would have to.
   */
  public BenchResult run(DavisSequence sequence, int interval) throws Exception {
    Path scratch = Files.createTempDirectory("inbetween-adapted-" + sequence.name());
    try {
      long start = System.nanoTime();
      GeneratorSettings adapted;
      String how;
      try {
        Path model = adapt(sequence, interval, scratch);
        adapted = settings.withOption(FgplgGeneratorFactory.MODEL_OPTION, model.toString());
        how = "adapted";
      } catch (NothingToAdaptOnException e) {
        adapted = settings;
        how = e.getMessage() + ": filled with the model as it is; tried";
      }
      double adaptSeconds = (System.nanoTime() - start) / 1e9;
      BenchResult generated =
          new PseudoLabelBenchmark(adapted, line -> {}).run(sequence, interval, filler);
      log.accept(
          String.format(
              Locale.ROOT,
              "%s l=%d: %s in %.1f s; generated %d frames in %.1f s",
              sequence.name(),
              interval,
              how,
              adaptSeconds,
              generated.frames(),
              generated.seconds()));
      return adaptedRow(generated, adaptSeconds);
    } finally {
      Folders.deleteRecursively(scratch);
    }
  }

  /** {@code generated} under this method's name, its time grown by the adaptation's. */
  private BenchResult adaptedRow(BenchResult generated, double adaptSeconds) {
    return new BenchResult(
        generated.sequence(),
        generated.interval(),
        filler.name() + SUFFIX,
        generated.j(),
        generated.f(),
        generated.frames(),
        adaptSeconds + generated.seconds());
  }

  private Path adapt(DavisSequence sequence, int interval, Path scratch) throws Exception {
    RgbImage first = sequence.frames().get(0);
    Path frames = DavisLayout.of(davisRoot, sequence.name()).frames();
    Path model = scratch.resolve("model");
    try (ProjectStore store =
            ProjectStore.create(
                scratch.resolve("project"),
                NewProject.of(
                        SourceKind.IMAGE_FOLDER,
                        frames,
                        sequence.frameCount(),
                        25,
                        first.width(),
                        first.height())
                    .withKeyframeInterval(Math.min(interval, sequence.frameCount())));
        SequenceFrames source = new SequenceFrames(sequence)) {
      for (int id : sequence.objectIds()) {
        store.addObject(id, "object " + id);
      }
      List<Integer> keyframes = PseudoLabelBenchmark.keyframes(sequence.frameCount(), interval);
      for (int k : keyframes) {
        store.putHumanMask(sequence.truth().get(k), "ground truth");
      }
      ComputeDevice device =
          Devices.resolve(
              ComputeDevice.parse(
                  settings.options().getOrDefault(FgplgGeneratorFactory.DEVICE_OPTION, "auto")));
      String base = settings.options().get(FgplgGeneratorFactory.MODEL_OPTION);
      AdaptRequest request =
          new AdaptRequest(
              base == null ? null : Path.of(base),
              recipe.steps(),
              recipe.learningRate(),
              device,
              settings,
              model,
              false,
              recipe.seed(),
              recipe.corruption());
      AdaptResult result = new AdaptTask(store, source, request).run(Progress.NONE);
      log.accept(sequence.name() + " l=" + interval + ": " + result.heldOutJ());
    }
    return model;
  }
}
