package org.inbetween.app.ui.timeline;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.inbetween.app.editing.navigation.KeyframeSlots;
import org.inbetween.app.files.Folders;
import org.inbetween.app.labeling.StaleFrames;
import org.inbetween.app.project.FrameState;
import org.inbetween.app.project.Project;
import org.inbetween.app.project.store.ProjectStore;
import org.inbetween.app.ui.HeadlessFx;
import org.inbetween.app.ui.session.EditorSession;
import org.inbetween.app.video.demo.DemoVideo;

/**
 * Times the timeline's repaint of a 20,000-frame project on the JavaFX thread, at the whole-video
 * zoom, 1 px/frame and 10 px/frame, against a baseline that draws every frame of the video as its
 * own rectangles without clipping or aggregation (what a naive canvas timeline does). Also times
 * the lane rebuild that follows an edit.
 *
 * <p>Runs on Monocle's headless platform with software rendering unless {@code -Dbench.display} is
 * set (then use the real toolkit, e.g. under xvfb-run). Each figure is the median of many
 * repetitions; the "+ raster" column adds a canvas snapshot, which forces the software pipeline to
 * rasterise what was recorded.
 *
 * <p>Command: see docs/benchmarks-timeline.md (test classpath, with the reactor's own classes
 * first).
 */
public final class TimelineRenderBenchmark {
  private static final double LANES_WIDTH = 1200;
  private static final int WARMUP = 30;
  private static final int RUNS = 100;

  private TimelineRenderBenchmark() {}

  public static void main(String[] args) throws Exception {
    if (System.getProperty("bench.display") == null) {
      HeadlessFx.configure();
    }
    Path dir = Files.createTempDirectory("timeline-bench");
    CompletableFuture<Void> started = new CompletableFuture<>();
    Platform.startup(() -> started.complete(null));
    started.get();
    try (EditorSession session =
        new EditorSession(LongProject.create(dir.resolve("p"), 10), new DemoVideo())) {
      run(session);
    } finally {
      Platform.exit();
      Folders.deleteRecursively(dir);
    }
  }

  private static void run(EditorSession session) throws Exception {
    Timeline timeline = onFx(() -> show(session));
    TimelineSkin skin = (TimelineSkin) timeline.getSkin();
    Canvas canvas = (Canvas) timeline.lookup(".timeline-canvas");
    Project project = session.project();
    System.out.printf(
        Locale.ROOT,
        "project: %d frames, %d touched, %d objects; lanes %.0f px wide%n",
        project.frameCount(),
        project.frames().size(),
        project.objects().size(),
        LANES_WIDTH);
    double rebuild = medianMs(() -> onFx(() -> timed(skin::rebuildLanes)));
    double states =
        medianMs(
            () ->
                onFx(
                    () ->
                        timed(
                            () ->
                                TimelineLanes.of(
                                    project,
                                    KeyframeSlots.of(project),
                                    null,
                                    StaleFrames.of(session.store())))));
    double confidence =
        medianMs(
            () ->
                onFx(
                    () ->
                        timed(
                            () ->
                                ConfidenceValues.fromProvenance(
                                    session.store(),
                                    project,
                                    ConfidenceValues.DEFAULT_PARAMETER))));
    System.out.printf(
        Locale.ROOT,
        "lane rebuild after an edit: %.3f ms (state/presence/tick lanes %.3f ms, confidence from"
            + " provenance %.3f ms)%n",
        rebuild,
        states,
        confidence);
    System.out.println(
        "| zoom | px/frame | frames in view | draw (ms) | draw + raster (ms) | naive draw (ms) |"
            + " naive draw + raster (ms) | naive / draw | naive / draw, rastered |");
    System.out.println("|---|---|---|---|---|---|---|---|---|");
    for (double ppf : new double[] {0, 1, 10}) {
      onFx(
          () -> {
            timeline.pixelsPerFrameProperty().set(ppf);
            timeline.firstFrameProperty().set(9_000);
            return null;
          });
      TimelineViewport view = onFx(skin::viewport);
      double draw = medianMs(() -> onFx(() -> timed(skin::redraw)));
      double raster =
          medianMs(
              () ->
                  onFx(
                      () ->
                          timed(
                              () -> {
                                skin.redraw();
                                canvas.snapshot(null, null);
                              })));
      NaiveTimeline naive = new NaiveTimeline(session.store(), canvas.getGraphicsContext2D());
      double baseline = medianMs(() -> onFx(() -> timed(() -> naive.paint(view))));
      double naiveRaster =
          medianMs(
              () ->
                  onFx(
                      () ->
                          timed(
                              () -> {
                                naive.paint(view);
                                canvas.snapshot(null, null);
                              })));
      onFx(() -> timed(skin::redraw));
      System.out.printf(
          Locale.ROOT,
          "| %s | %.3f | %d | %.3f | %.3f | %.3f | %.3f | %.0fx | %.1fx |%n",
          ppf == 0 ? "whole video" : ppf + " px/frame",
          view.pixelsPerFrame(),
          view.endVisible() - view.firstVisible(),
          draw,
          raster,
          baseline,
          naiveRaster,
          baseline / draw,
          naiveRaster / raster);
    }
  }

  private static Timeline show(EditorSession session) {
    Timeline timeline = new Timeline(session);
    Stage stage = new Stage();
    stage.setScene(new Scene(new VBox(timeline), TimelineLayout.GUTTER + LANES_WIDTH, 260));
    stage.show();
    timeline.applyCss();
    timeline.layout();
    return timeline;
  }

  /** Median of {@link #RUNS} timings in milliseconds, after {@link #WARMUP} untimed ones. */
  private static double medianMs(Callable<Long> nanos) throws Exception {
    for (int i = 0; i < WARMUP; i++) {
      nanos.call();
    }
    long[] times = new long[RUNS];
    for (int i = 0; i < RUNS; i++) {
      times[i] = nanos.call();
    }
    Arrays.sort(times);
    return times[RUNS / 2] / 1e6;
  }

  private static long timed(Runnable work) {
    long start = System.nanoTime();
    work.run();
    return System.nanoTime() - start;
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
    return result.get();
  }

  /**
   * The baseline: every frame of every lane as its own rectangle, across the whole video whatever
   * is on screen, no aggregation, no clipping. Same lanes, same colours.
   */
  private static final class NaiveTimeline {
    private final TimelineLanes lanes;
    private final GraphicsContext g;

    NaiveTimeline(ProjectStore store, GraphicsContext g) {
      Project project = store.project();
      this.lanes =
          TimelineLanes.of(project, KeyframeSlots.of(project), null, StaleFrames.of(store));
      this.g = g;
    }

    void paint(TimelineViewport view) {
      TimelineLayout layout = new TimelineLayout(lanes.objects.size());
      g.setFill(TimelinePalette.BACKGROUND);
      g.fillRect(0, 0, TimelineLayout.GUTTER + view.width(), layout.height());
      FrameState[] states = FrameState.values();
      for (int f = 0; f < lanes.frameCount; f++) {
        double x = TimelineLayout.GUTTER + view.xOf(f);
        g.setFill(TimelinePalette.of(states[lanes.states[f]]));
        g.fillRect(x, layout.stateY(), view.pixelsPerFrame(), TimelineLayout.STATE);
        if (lanes.ticks[f] != TimelineLanes.TICK_NONE) {
          g.setFill(TimelinePalette.TICK_LABELLED);
          g.fillRect(x, layout.ticksY(), 1, TimelineLayout.TICKS);
        }
        for (int i = 0; i < lanes.objects.size(); i++) {
          g.setFill(TimelinePalette.LANE);
          g.fillRect(x, layout.objectY(i), view.pixelsPerFrame(), TimelineLayout.OBJECT);
        }
      }
    }
  }
}
