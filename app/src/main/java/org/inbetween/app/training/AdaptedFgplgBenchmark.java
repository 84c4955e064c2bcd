package org.inbetween.app.training;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
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
import org.inbetween.models.pseudo.GeneratorSettings;
import org.inbetween.models.train.ComputeDevice;
import org.inbetween.models.train.Devices;

/**
 * {@code fgplg-adapted}, the paper's setting: for each sequence and interval, {@code adapt} the
 * FGPLG model on that sequence's own keyframes (the same {@link AdaptTask} as {@code inbetween
 * adapt}, on a scratch project holding only the keyframes' ground truth), then fill the gaps with
 * the adapted model. The clock covers the adaptation as well as the generation, so the frames/s
 * column is what a user waits for.
 */
public final class AdaptedFgplgBenchmark {
  /** The method's name in the table. */
  public static final String NAME = "fgplg-adapted";

  private final Path davisRoot;
  private final GeneratorSettings settings;
  private final AdaptationRecipe recipe;
  private final Consumer<String> log;

  /**
   * @param davisRoot where the sequences' frames are (recorded as the scratch project's source)
   * @param settings the flow settings, and the base model when one is named
   * @param recipe steps, learning rate, seed and prior damage of every adaptation
   * @param log receives one line per run: adaptation time and held-out J
   */
  public AdaptedFgplgBenchmark(
      Path davisRoot, GeneratorSettings settings, AdaptationRecipe recipe, Consumer<String> log) {
    this.davisRoot = davisRoot;
    this.settings = settings;
    this.recipe = recipe;
    this.log = log;
  }

  /** Adapts on {@code sequence}'s keyframes at {@code interval}, then benchmarks the result. */
  public BenchResult run(DavisSequence sequence, int interval) throws Exception {
    Path scratch = Files.createTempDirectory("inbetween-adapted-" + sequence.name());
    try {
      long start = System.nanoTime();
      Path model = adapt(sequence, interval, scratch);
      double adaptSeconds = (System.nanoTime() - start) / 1e9;
      GeneratorSettings adapted =
          settings.withOption(FgplgGeneratorFactory.MODEL_OPTION, model.toString());
      BenchResult generated =
          new PseudoLabelBenchmark(adapted, line -> {})
              .run(sequence, interval, new FgplgGeneratorFactory());
      log.accept(
          String.format(
              Locale.ROOT,
              "%s l=%d: adapted in %.1f s; generated %d frames in %.1f s",
              sequence.name(),
              interval,
              adaptSeconds,
              generated.frames(),
              generated.seconds()));
      return new BenchResult(
          sequence.name(),
          interval,
          NAME,
          generated.j(),
          generated.f(),
          generated.frames(),
          adaptSeconds + generated.seconds());
    } finally {
      Folders.deleteRecursively(scratch);
    }
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
                    .withKeyframeInterval(interval));
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
