package org.inbetween.app.training;

import java.nio.file.Files;
import java.nio.file.Path;
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
import org.inbetween.app.video.DavisLayout;
import org.inbetween.models.image.RgbImage;
import org.inbetween.models.pseudo.GeneratorSettings;

/**
 * The {@code -adapted} methods of {@code bench pseudo-labels}, the paper's setting: for each
 * sequence and interval, a scratch project holding only the keyframes' ground truth is adapted as a
 * user adapts a project ({@link AdaptedMethod}); then the gaps are filled with the models that
 * project uses from then on ({@link AdaptedModel}). The clock covers the adaptation as well as the
 * generation, so the frames/s column is what a user waits for.
 */
public final class AdaptedBenchmark {
  private final AdaptedMethod method;
  private final Path davisRoot;
  private final Consumer<String> log;

  /**
   * @param davisRoot where the sequences' frames are (recorded as the scratch project's source)
   * @param log receives one line per run: what was adapted, how long it took
   */
  public AdaptedBenchmark(AdaptedMethod method, Path davisRoot, Consumer<String> log) {
    this.method = method;
    this.davisRoot = davisRoot;
    this.log = log;
  }

  /**
   * Adapts on {@code sequence}'s keyframes at {@code interval}, then benchmarks the result. Where
   * the keyframes give an adaptation nothing to learn from, that model fills as it is (see {@link
   * AdaptedMethod#adapt}).
   */
  public BenchResult run(DavisSequence sequence, int interval) throws Exception {
    Path scratch = Files.createTempDirectory("inbetween-adapted-" + sequence.name());
    try {
      long start = System.nanoTime();
      Path project = scratch.resolve("project");
      String how;
      try (ProjectStore store = scratchProject(sequence, interval, project);
          SequenceFrames source = new SequenceFrames(sequence)) {
        how = method.adapt(store, source);
      }
      GeneratorSettings adapted = method.settingsFor(project);
      double adaptSeconds = (System.nanoTime() - start) / 1e9;
      BenchResult generated =
          new PseudoLabelBenchmark(adapted, line -> {}).run(sequence, interval, method.filler());
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
      return generated.adapted(adaptSeconds);
    } finally {
      Folders.deleteRecursively(scratch);
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
