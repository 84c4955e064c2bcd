package org.inbetween.app.ui.timeline;

import java.util.ResourceBundle;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;
import javafx.scene.text.TextAlignment;
import org.inbetween.app.project.FrameState;
import org.inbetween.app.project.TrackedObject;

/**
 * Draws the timeline on a canvas: only the visible frames, aggregated to pixel columns when zoomed
 * out, as a handful of rectangles per lane ({@link LaneRuns}). Holds no state between calls, so the
 * skin can redraw whenever anything changes.
 */
final class TimelinePainter {
  /** Below this many pixels between keyframe ticks they are aggregated like the other lanes. */
  private static final double SEPARATE_TICKS_MIN_PIXELS = 4;

  private static final double RULER_LABEL_MIN_SPACING = 70;

  private final ResourceBundle strings;

  TimelinePainter(ResourceBundle strings) {
    this.strings = strings;
  }

  void paint(GraphicsContext g, TimelineLanes lanes, TimelineViewport view, int currentFrame) {
    TimelineLayout layout = new TimelineLayout(lanes.objects.size());
    double canvasWidth = TimelineLayout.GUTTER + view.width();
    g.setFill(TimelinePalette.BACKGROUND);
    g.fillRect(0, 0, canvasWidth, layout.height());
    paintNames(g, lanes, layout);
    g.save();
    g.beginPath();
    g.rect(TimelineLayout.GUTTER, 0, view.width(), layout.height());
    g.clip();
    g.translate(TimelineLayout.GUTTER, 0);
    paintRuler(g, view, layout);
    paintTicks(g, lanes, view, layout);
    paintStates(g, lanes, view, layout);
    paintConfidence(g, lanes, view, layout);
    for (int i = 0; i < lanes.objects.size(); i++) {
      paintObject(g, lanes, i, view, layout.objectY(i));
    }
    paintCursor(g, view, layout, currentFrame);
    g.restore();
  }

  private void paintNames(GraphicsContext g, TimelineLanes lanes, TimelineLayout layout) {
    g.setFill(TimelinePalette.TEXT);
    g.setTextAlign(TextAlignment.LEFT);
    g.setTextBaseline(VPos.CENTER);
    label(g, strings.getString("timeline.lane.keyframes"), layout.ticksY(), TimelineLayout.TICKS);
    label(g, strings.getString("timeline.lane.state"), layout.stateY(), TimelineLayout.STATE);
    label(
        g,
        strings.getString("timeline.lane.confidence"),
        layout.confidenceY(),
        TimelineLayout.CONFIDENCE);
    for (int i = 0; i < lanes.objects.size(); i++) {
      TrackedObject object = lanes.objects.get(i);
      double y = layout.objectY(i);
      g.setFill(Color.rgb(object.rgb() >> 16, (object.rgb() >> 8) & 0xFF, object.rgb() & 0xFF));
      g.fillRect(6, y + 3, 8, TimelineLayout.OBJECT - 6);
      g.setFill(TimelinePalette.TEXT);
      g.fillText(object.name(), 18, y + TimelineLayout.OBJECT / 2, TimelineLayout.GUTTER - 22);
    }
  }

  private static void label(GraphicsContext g, String text, double y, double height) {
    g.fillText(text, 6, y + height / 2, TimelineLayout.GUTTER - 10);
  }

  private static void paintRuler(GraphicsContext g, TimelineViewport view, TimelineLayout layout) {
    int step = rulerStep(view.pixelsPerFrame());
    g.setFill(TimelinePalette.TEXT);
    g.setStroke(TimelinePalette.GRID);
    g.setLineWidth(1);
    g.setTextBaseline(VPos.TOP);
    g.setTextAlign(TextAlignment.LEFT);
    int first = (view.firstVisible() / step) * step;
    for (int f = first; f < view.endVisible(); f += step) {
      double x = Math.floor(view.xOf(f)) + 0.5;
      g.strokeLine(x, layout.rulerY() + 10, x, layout.rulerY() + TimelineLayout.RULER);
      g.fillText(Integer.toString(f), x + 3, layout.rulerY());
    }
  }

  /** A round number of frames (1, 2, 5 × 10^k) whose labels do not collide. */
  static int rulerStep(double pixelsPerFrame) {
    long step = 1;
    while (true) {
      for (int m : new int[] {1, 2, 5}) {
        if (step * m * pixelsPerFrame >= RULER_LABEL_MIN_SPACING) {
          return (int) Math.min(Integer.MAX_VALUE, step * m);
        }
      }
      step *= 10;
    }
  }

  private static void paintTicks(
      GraphicsContext g, TimelineLanes lanes, TimelineViewport view, TimelineLayout layout) {
    double y = layout.ticksY();
    double h = TimelineLayout.TICKS;
    if (view.pixelsPerFrame() >= SEPARATE_TICKS_MIN_PIXELS) {
      double width = Math.round(Math.max(2, Math.min(4, view.pixelsPerFrame() / 3)));
      for (int f = view.firstVisible(); f < view.endVisible(); f++) {
        if (lanes.ticks[f] != TimelineLanes.TICK_NONE) {
          double x = Math.floor(view.xOf(f) + (view.pixelsPerFrame() - width) / 2);
          tick(g, lanes.ticks[f], x, width, y, h);
        }
      }
      return;
    }
    LaneRuns.forEach(
        lanes.ticks,
        TimelinePalette.TICK_RANK,
        view,
        (x0, x1, code) -> tick(g, code, x0, x1 - x0, y, h));
  }

  /** Labelled keyframes: a full bright tick; slots still to label: a dimmer, shorter one. */
  private static void tick(GraphicsContext g, int code, double x, double w, double y, double h) {
    if (code == TimelineLanes.TICK_LABELLED) {
      g.setFill(TimelinePalette.TICK_LABELLED);
      g.fillRect(x, y, w, h);
    } else if (code == TimelineLanes.TICK_UNLABELLED) {
      g.setFill(TimelinePalette.TICK_UNLABELLED);
      double top = Math.round(h / 3);
      g.fillRect(x, y + top, w, h - top);
    }
  }

  private static void paintStates(
      GraphicsContext g, TimelineLanes lanes, TimelineViewport view, TimelineLayout layout) {
    double y = layout.stateY();
    FrameState[] states = FrameState.values();
    LaneRuns.forEach(
        lanes.states,
        TimelinePalette.STATE_RANK,
        view,
        (x0, x1, code) -> {
          g.setFill(TimelinePalette.of(states[code]));
          g.fillRect(x0, y, x1 - x0, TimelineLayout.STATE);
        });
    LaneRuns.forEach(
        lanes.stale,
        TimelinePalette.STALE_RANK,
        view,
        (x0, x1, code) -> {
          if (code == 1) {
            g.setFill(TimelinePalette.STALE);
            g.fillRect(x0, y + TimelineLayout.STATE / 2, x1 - x0, TimelineLayout.STATE / 2);
          }
        });
  }

  /**
   * The lowest confidence per pixel column (the worst frame is the one to look at), as a line
   * broken wherever frames have no value.
   */
  private static void paintConfidence(
      GraphicsContext g, TimelineLanes lanes, TimelineViewport view, TimelineLayout layout) {
    double top = layout.confidenceY();
    double height = TimelineLayout.CONFIDENCE;
    g.setFill(TimelinePalette.LANE);
    g.fillRect(0, top, Math.min(view.width(), view.xOf(view.frameCount())), height);
    if (lanes.confidence == null) {
      return;
    }
    g.setStroke(TimelinePalette.CONFIDENCE);
    g.setLineWidth(1.5);
    ConfidenceTrace.forEachPoint(
        lanes.confidence,
        view,
        new ConfidenceTrace.Pen() {
          private boolean drawing;

          @Override
          public void point(double x, double value) {
            double y = top + height - 2 - value * (height - 4);
            if (drawing) {
              g.lineTo(x, y);
            } else {
              g.beginPath();
              g.moveTo(x, y);
              drawing = true;
            }
          }

          @Override
          public void gap() {
            if (drawing) {
              g.stroke();
              drawing = false;
            }
          }
        });
  }

  private static void paintObject(
      GraphicsContext g, TimelineLanes lanes, int index, TimelineViewport view, double y) {
    TrackedObject object = lanes.objects.get(index);
    Color colour = Color.rgb(object.rgb() >> 16, (object.rgb() >> 8) & 0xFF, object.rgb() & 0xFF);
    g.setFill(TimelinePalette.LANE);
    g.fillRect(0, y, Math.min(view.width(), view.xOf(view.frameCount())), TimelineLayout.OBJECT);
    LaneRuns.forEach(
        lanes.presence[index],
        TimelinePalette.PRESENCE_RANK,
        view,
        (x0, x1, code) -> {
          Paint paint = TimelinePalette.presence(code, colour);
          if (paint != null) {
            // A pseudo-label is a thin bar: told apart from human masks by shape, not shade.
            double inset = code == TimelineLanes.MACHINE ? TimelineLayout.OBJECT / 4 : 0;
            g.setFill(paint);
            g.fillRect(x0, y + inset, x1 - x0, TimelineLayout.OBJECT - 2 * inset);
          }
        });
  }

  /** A frame-wide highlight when frames are wide, and a line through every lane. */
  private static void paintCursor(
      GraphicsContext g, TimelineViewport view, TimelineLayout layout, int frame) {
    double x = view.xOf(frame);
    double w = Math.max(1, view.pixelsPerFrame());
    if (x + w < 0 || x > view.width()) {
      return;
    }
    g.setFill(Color.color(1, 1, 1, 0.18));
    g.fillRect(x, 0, w, layout.height());
    g.setStroke(TimelinePalette.CURSOR);
    g.setLineWidth(2);
    double centre = x + w / 2;
    g.strokeLine(centre, 0, centre, layout.height());
  }
}
