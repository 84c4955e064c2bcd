package org.inbetween.app.ui.timeline;

import java.util.ResourceBundle;
import java.util.function.IntToDoubleFunction;
import javafx.geometry.Orientation;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.SkinBase;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.inbetween.app.editing.navigation.KeyframeSlots;
import org.inbetween.app.labeling.StaleFrames;
import org.inbetween.app.project.Project;
import org.inbetween.app.ui.session.EditorSession;

/**
 * The timeline's look and mouse handling: a canvas sized to the window (never to the video), a
 * scroll bar and a legend. Lanes are rebuilt only after an edit; anything else (cursor, zoom,
 * scroll, size) only repaints the visible range.
 */
final class TimelineSkin extends SkinBase<Timeline> {
  private static final double ZOOM_STEP = 1.25;

  /** How far one wheel notch scrolls, as a share of the visible width. */
  private static final double SCROLL_SHARE = 0.1;

  private final EditorSession session;
  private final Canvas canvas = new Canvas();
  private final Pane canvasArea = new Pane(canvas);
  private final ScrollBar scrollBar = new ScrollBar();
  private final TimelinePainter painter;
  private TimelineLanes lanes;
  private boolean syncingScrollBar;

  TimelineSkin(Timeline timeline) {
    super(timeline);
    this.session = timeline.session();
    ResourceBundle strings = ResourceBundle.getBundle("org.inbetween.ui.timeline");
    this.painter = new TimelinePainter(strings);
    canvas.getStyleClass().add("timeline-canvas");
    canvasArea.getStyleClass().add("timeline-lanes");
    canvasArea.setMinSize(0, 0);
    scrollBar.setOrientation(Orientation.HORIZONTAL);
    scrollBar.getStyleClass().add("timeline-scroll");
    Region underNames = new Region();
    underNames.setMinWidth(TimelineLayout.GUTTER);
    HBox scrollRow = new HBox(underNames, scrollBar);
    HBox.setHgrow(scrollBar, Priority.ALWAYS);
    VBox root = new VBox(canvasArea, scrollRow, TimelineLegend.create(strings));
    root.getStyleClass().add("timeline-body");
    getChildren().add(root);
    rebuildLanes();
    listen(timeline);
    installMouse(timeline);
  }

  /** The current mapping of frames to x in the lanes (x = 0 at the gutter's edge). */
  TimelineViewport viewport() {
    Timeline timeline = getSkinnable();
    double width = Math.max(1, canvasArea.getWidth() - TimelineLayout.GUTTER);
    int frames = session.frameCount();
    double fit = TimelineViewport.fitPixelsPerFrame(width, frames);
    double zoom = timeline.pixelsPerFrameProperty().get();
    double ppf = Math.max(fit, Math.min(TimelineViewport.MAX_PIXELS_PER_FRAME, zoom));
    return new TimelineViewport(0, ppf, width, frames)
        .scrolledTo(timeline.firstFrameProperty().get());
  }

  /** Repaints the visible range; public to the package so the benchmark can time it. */
  void redraw() {
    TimelineViewport view = viewport();
    canvas.setWidth(TimelineLayout.GUTTER + view.width());
    canvas.setHeight(new TimelineLayout(lanes.objects.size()).height());
    painter.paint(canvas.getGraphicsContext2D(), lanes, view, session.currentFrame());
    syncScrollBar(view);
  }

  /** Rebuilds the per-frame lanes from the project snapshot; after edits only. */
  void rebuildLanes() {
    Timeline timeline = getSkinnable();
    Project project = session.project();
    KeyframeSlots slots = timeline.marks().slots(project);
    IntToDoubleFunction source = timeline.confidenceProperty().get();
    double[] confidence =
        source != null
            ? ConfidenceValues.sample(source, project.frameCount())
            : ConfidenceValues.fromProvenance(
                session.store(), project, ConfidenceValues.DEFAULT_PARAMETER);
    lanes = TimelineLanes.of(project, slots, confidence, StaleFrames.of(session.store()));
    canvasArea.setPrefHeight(new TimelineLayout(lanes.objects.size()).height());
  }

  @Override
  protected void layoutChildren(double x, double y, double w, double h) {
    super.layoutChildren(x, y, w, h);
    redraw();
  }

  /**
   * Change listeners, not invalidation listeners: those fall silent until someone reads the value
   * again, and nobody reads the revision.
   */
  private void listen(Timeline timeline) {
    registerChangeListener(session.revisionProperty(), o -> lanesChanged());
    registerChangeListener(timeline.confidenceProperty(), o -> lanesChanged());
    registerChangeListener(session.currentFrameProperty(), o -> follow());
    registerChangeListener(timeline.pixelsPerFrameProperty(), o -> redraw());
    registerChangeListener(timeline.firstFrameProperty(), o -> redraw());
    registerChangeListener(
        scrollBar.valueProperty(),
        o -> {
          if (!syncingScrollBar) {
            timeline.firstFrameProperty().set(scrollBar.getValue());
          }
        });
  }

  private void lanesChanged() {
    rebuildLanes();
    redraw();
  }

  /** Keeps the current frame in view as it moves (playback, jumps, drags past an edge). */
  private void follow() {
    TimelineViewport view = viewport();
    TimelineViewport shown = view.showing(session.currentFrame());
    if (shown.firstFrame() != view.firstFrame()) {
      getSkinnable().firstFrameProperty().set(shown.firstFrame());
    }
    redraw();
  }

  private void installMouse(Timeline timeline) {
    canvas.addEventHandler(MouseEvent.MOUSE_PRESSED, this::scrub);
    canvas.addEventHandler(MouseEvent.MOUSE_DRAGGED, this::scrub);
    canvas.addEventHandler(
        ScrollEvent.SCROLL,
        event -> {
          if (event.isControlDown()) {
            zoomAt(timeline, event.getX() - TimelineLayout.GUTTER, event.getDeltaY());
          } else {
            double delta = event.getDeltaX() != 0 ? event.getDeltaX() : event.getDeltaY();
            scrollBy(timeline, -Math.signum(delta));
          }
          event.consume();
        });
  }

  private void scrub(MouseEvent event) {
    if (!event.isPrimaryButtonDown()) {
      return;
    }
    double x = event.getX() - TimelineLayout.GUTTER;
    if (event.getEventType() == MouseEvent.MOUSE_PRESSED && x < 0) {
      return;
    }
    session.currentFrameProperty().set(viewport().frameAt(x));
    event.consume();
  }

  private void zoomAt(Timeline timeline, double x, double wheel) {
    if (wheel == 0) {
      return;
    }
    TimelineViewport view = viewport();
    double factor = wheel > 0 ? ZOOM_STEP : 1 / ZOOM_STEP;
    TimelineViewport zoomed = view.zoomedAt(view.pixelsPerFrame() * factor, Math.max(0, x));
    timeline.pixelsPerFrameProperty().set(zoomed.pixelsPerFrame());
    timeline.firstFrameProperty().set(zoomed.firstFrame());
  }

  private void scrollBy(Timeline timeline, double notches) {
    TimelineViewport view = viewport();
    double frames = notches * SCROLL_SHARE * view.width() / view.pixelsPerFrame();
    timeline.firstFrameProperty().set(view.scrolledTo(view.firstFrame() + frames).firstFrame());
  }

  private void syncScrollBar(TimelineViewport view) {
    syncingScrollBar = true;
    try {
      double visible = view.width() / view.pixelsPerFrame();
      scrollBar.setMin(0);
      scrollBar.setMax(view.maxFirstFrame());
      scrollBar.setVisibleAmount(Math.min(visible, view.frameCount()));
      scrollBar.setUnitIncrement(Math.max(1, visible * SCROLL_SHARE));
      scrollBar.setBlockIncrement(Math.max(1, visible * 0.9));
      scrollBar.setValue(view.firstFrame());
      scrollBar.setDisable(view.maxFirstFrame() <= 0);
    } finally {
      syncingScrollBar = false;
    }
  }
}
