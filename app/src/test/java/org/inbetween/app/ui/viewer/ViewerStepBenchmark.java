package org.inbetween.app.ui.viewer;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;
import javafx.application.Platform;
import org.inbetween.app.editing.view.FrameMasks;
import org.inbetween.app.editing.view.MaskCache;
import org.inbetween.app.files.Folders;
import org.inbetween.app.project.store.ProjectStore;
import org.inbetween.app.ui.HeadlessFx;
import org.inbetween.app.ui.session.EditorSession;
import org.inbetween.app.video.FrameSource;
import org.inbetween.app.video.FrameSources;
import org.inbetween.app.video.TestVideos;
import org.inbetween.models.image.LabelMask;
import org.inbetween.models.image.Masks;
import org.inbetween.models.image.RgbImage;

/**
 * Frame-step latency of the viewer: from "show frame n" to the frame and its overlay written into
 * the frame view's images (the next pulse then draws them), cold (fresh frame cache) and from the
 * cache, with the time split into decode, mask reading, overlay composition and the JavaFX image
 * writes. Runs headless (Monocle); prints a Markdown table.
 *
 * <pre>
 * java -cp "$CP" org.inbetween.app.ui.viewer.ViewerStepBenchmark \   (CP: see docs/benchmarks-viewer.md)
 *     ../shared/data 30
 * </pre>
 */
public final class ViewerStepBenchmark {
  private static final long PATIENCE_SECONDS = 60;
  private static final List<String> rawDecodes = new ArrayList<>();

  private ViewerStepBenchmark() {}

  public static void main(String[] args) throws Exception {
    Path data = Path.of(args.length > 0 ? args[0] : "../shared/data");
    int steps = args.length > 1 ? Integer.parseInt(args[1]) : 30;
    HeadlessFx.configure();
    Platform.startup(() -> {});
    Path temporary = Files.createTempDirectory("viewer-bench");
    try {
      Path bus = temporary.resolve("bus");
      Path davis = data.resolve("DAVIS");
      BenchProjects.importProject(
          davis.resolve("JPEGImages/480p/bus"),
          Optional.of(davis.resolve("Annotations/480p/bus")),
          bus);
      BenchProjects.addSimulatedModel(bus, 14);
      Path full = temporary.resolve("hd");
      BenchProjects.importProject(generated1080p(temporary), Optional.empty(), full);
      addMovingDisc(full);
      BenchProjects.addSimulatedModel(full, 30);

      System.out.println(
          "| project | pass | steps | median ms | p90 ms | max ms | decode | masks | compose |"
              + " FX write |");
      System.out.println("|---|---|---|---|---|---|---|---|---|---|");
      for (Path project : List.of(bus, full)) {
        measure(project, steps);
      }
      System.out.println();
      System.out.println("| project | raw decode, step +1 (ms) | raw decode, random jumps (ms) |");
      System.out.println("|---|---|---|");
      rawDecodes.forEach(System.out::println);
    } finally {
      Platform.exit();
      Folders.deleteRecursively(temporary);
    }
  }

  private static void measure(Path project, int steps) throws Exception {
    String name = project.getFileName().toString();
    List<Integer> sequential = new ArrayList<>();
    for (int i = 1; i <= steps; i++) {
      sequential.add(i);
    }
    List<Integer> jumps = new ArrayList<>(sequential);
    Collections.shuffle(jumps, new Random(7));
    double[][] splitSequential;
    try (EditorSession session = BenchProjects.open(project)) {
      splitSequential = split(session, List.of(sequential, sequential));
    }
    double[][] sequentialPasses;
    try (EditorSession session = BenchProjects.open(project)) {
      sequentialPasses = endToEnd(session, List.of(sequential, sequential));
    }
    report(name, "cold, step +1", sequentialPasses[0], splitSequential[0]);
    report(name, "cached, step +1", sequentialPasses[1], splitSequential[1]);
    double[][] splitJumps;
    try (EditorSession session = BenchProjects.open(project)) {
      splitJumps = split(session, List.of(jumps));
    }
    try (EditorSession session = BenchProjects.open(project)) {
      report(name, "cold, random jumps", endToEnd(session, List.of(jumps))[0], splitJumps[0]);
    }
    rawDecodes.add(
        String.format(
            Locale.ROOT,
            "| %s | %.1f | %.1f |",
            name,
            rawDecode(project, sequential),
            rawDecode(project, jumps)));
  }

  /** Median milliseconds to decode a frame straight from the source, with no cache in front. */
  private static double rawDecode(Path project, List<Integer> frames) throws Exception {
    Path source;
    try (ProjectStore store = ProjectStore.open(project)) {
      source = store.project().source().resolve(project);
    }
    double[] millis = new double[frames.size()];
    try (FrameSource raw = FrameSources.open(source)) {
      raw.frame(0);
      for (int i = 0; i < frames.size(); i++) {
        long start = System.nanoTime();
        raw.frame(frames.get(i));
        millis[i] = (System.nanoTime() - start) / 1e6;
      }
    }
    return percentile(millis, 0.5);
  }

  /**
   * Milliseconds from setting the current frame to the viewer having shown it, per frame of each
   * pass; one viewer for all passes, so later passes find the frames and masks cached.
   */
  private static double[][] endToEnd(EditorSession session, List<List<Integer>> passes)
      throws Exception {
    double[][] millis = new double[passes.size()][];
    Viewer viewer = onFx(() -> new Viewer(session));
    try {
      awaitShown(viewer, session, 0);
      for (int p = 0; p < passes.size(); p++) {
        List<Integer> frames = passes.get(p);
        millis[p] = new double[frames.size()];
        for (int i = 0; i < frames.size(); i++) {
          millis[p][i] = awaitShown(viewer, session, frames.get(i));
        }
        awaitShown(viewer, session, 0);
      }
    } finally {
      viewer.close();
    }
    return millis;
  }

  private static double awaitShown(Viewer viewer, EditorSession session, int frame)
      throws Exception {
    CompletableFuture<Long> shown = new CompletableFuture<>();
    long start = System.nanoTime();
    Platform.runLater(
        () -> {
          viewer.setOnFrameShown(
              index -> {
                if (index == frame) {
                  shown.complete(System.nanoTime());
                }
              });
          if (session.currentFrame() == frame) {
            shown.complete(System.nanoTime());
          }
          session.currentFrameProperty().set(frame);
        });
    return (shown.get(PATIENCE_SECONDS, TimeUnit.SECONDS) - start) / 1e6;
  }

  /**
   * Median milliseconds of each stage (decode, masks, compose, FX write), measured one by one, per
   * pass; the passes share the frame cache and a mask cache like the viewer's.
   */
  private static double[][] split(EditorSession session, List<List<Integer>> passes)
      throws Exception {
    FrameView view = onFx(FrameView::new);
    MaskCache masksSeen = new MaskCache(128L << 20);
    LayersViewModel layers = new LayersViewModel();
    layers.include(session.store().machineLayers());
    OverlaySettings settings =
        OverlaySettings.of(layers, session.project().objects(), layers.hiddenObjectIds(), false);
    double[][] medians = new double[passes.size()][];
    for (int p = 0; p < passes.size(); p++) {
      List<Integer> frames = passes.get(p);
      double[][] stages = new double[4][frames.size()];
      for (int i = 0; i < frames.size(); i++) {
        int frame = frames.get(i);
        long t0 = System.nanoTime();
        RgbImage picture = session.frames().frame(frame);
        long t1 = System.nanoTime();
        FrameMasks masks = masksSeen.get(frame, 0, f -> FrameMasks.read(session.store(), f));
        long t2 = System.nanoTime();
        int[] overlay = settings.compose(masks, picture.width(), picture.height());
        long t3 = System.nanoTime();
        long fxWrite =
            onFx(
                () -> {
                  long s = System.nanoTime();
                  view.showPicture(picture);
                  view.showOverlay(overlay, picture.width(), picture.height());
                  return System.nanoTime() - s;
                });
        stages[0][i] = (t1 - t0) / 1e6;
        stages[1][i] = (t2 - t1) / 1e6;
        stages[2][i] = (t3 - t2) / 1e6;
        stages[3][i] = fxWrite / 1e6;
      }
      medians[p] = Arrays.stream(stages).mapToDouble(s -> percentile(s, 0.5)).toArray();
    }
    return medians;
  }

  private static void report(String project, String pass, double[] millis, double[] stages) {
    System.out.printf(
        Locale.ROOT,
        "| %s | %s | %d | %.1f | %.1f | %.1f | %.1f | %.1f | %.1f | %.1f |%n",
        project,
        pass,
        millis.length,
        percentile(millis, 0.5),
        percentile(millis, 0.9),
        percentile(millis, 1),
        stages[0],
        stages[1],
        stages[2],
        stages[3]);
  }

  private static double percentile(double[] values, double p) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    return sorted[(int) Math.min(sorted.length - 1, Math.floor(p * sorted.length))];
  }

  /** A 4-second 1920x1080 MPEG-4 test pattern at 25 fps, made with JavaCV's FFmpeg. */
  private static Path generated1080p(Path dir) throws Exception {
    return TestVideos.write(
        dir.resolve("pattern-1080p.mp4"), TestVideos.mpeg4Mp4(), 100, 1920, 1080, Map.of());
  }

  /** A human mask on every frame: a disc of radius 300 moving right, so overlays cost something. */
  private static void addMovingDisc(Path project) throws Exception {
    try (ProjectStore store = ProjectStore.open(project)) {
      store.addObject("disc");
      int width = store.project().width();
      int height = store.project().height();
      IntFunction<LabelMask> disc =
          frame -> {
            boolean[] inside = new boolean[width * height];
            int cx = 400 + frame * 10;
            for (int y = 0; y < height; y++) {
              for (int x = 0; x < width; x++) {
                inside[y * width + x] = (x - cx) * (x - cx) + (y - 540) * (y - 540) < 300 * 300;
              }
            }
            return Masks.fromBinary(frame, width, height, inside, 1);
          };
      for (int frame = 0; frame < store.project().frameCount(); frame++) {
        store.putHumanMask(disc.apply(frame), "bench");
      }
      store.checkpoint();
    }
  }

  private static <T> T onFx(Callable<T> work) throws Exception {
    CompletableFuture<T> result = new CompletableFuture<>();
    Platform.runLater(
        () -> {
          try {
            result.complete(work.call());
          } catch (Exception e) {
            result.completeExceptionally(e);
          }
        });
    return result.get(PATIENCE_SECONDS, TimeUnit.SECONDS);
  }
}
