package org.inbetween.app.ui.trace;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.IntegerProperty;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.Point2D;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Region;
import javafx.scene.shape.Line;
import javafx.scene.shape.LineTo;
import javafx.scene.shape.MoveTo;
import javafx.scene.shape.Path;
import javafx.scene.shape.PathElement;

/**
 * The three traces as a JavaFX line chart: x is the frame, y runs 0..1. Confidence and true J are
 * lines broken where a frame has no value (a keyframe has no confidence; a frame without a mask no
 * J), leave-one-out J is a marker at each keyframe it was measured on, and the current frame is a
 * vertical line. Pressing or dragging in the plot shows that frame.
 *
 * <p>Colours and marker shapes are in {@code trace.css}, by the chart's series classes ({@code
 * default-color0..2}, in the order confidence, leave-one-out J, true J); the legend follows them.
 */
final class TraceChart extends LineChart<Number, Number> {
  private final IntegerProperty currentFrame;
  private final XYChart.Series<Number, Number> looJ;
  private final Line cursor = new Line();

  /**
   * @param names the legend's names of confidence, leave-one-out J and true J
   */
  TraceChart(TraceViewModel model, IntegerProperty currentFrame, int frameCount, String[] names) {
    super(frameAxis(frameCount), new NumberAxis(0, 1, 0.25));
    this.currentFrame = currentFrame;
    getStyleClass().add("trace-chart");
    setAnimated(false);
    setCreateSymbols(false);
    looJ = series(names[1], model.looJ(), true);
    getData().add(series(names[0], model.confidence(), false));
    getData().add(looJ);
    getData().add(series(names[2], model.trueJ(), false));
    cursor.getStyleClass().add("trace-cursor");
    cursor.setManaged(false);
    getPlotChildren().add(cursor);
    currentFrame.addListener((obs, old, now) -> requestChartLayout());
    addEventHandler(MouseEvent.MOUSE_PRESSED, this::seek);
    addEventHandler(MouseEvent.MOUSE_DRAGGED, this::seek);
  }

  @Override
  protected void layoutPlotChildren() {
    super.layoutPlotChildren();
    for (XYChart.Series<Number, Number> series : getData()) {
      if (series.getNode() instanceof Path path) {
        path.getElements().setAll(series == looJ ? List.of() : brokenAtGaps(series));
      }
    }
    double x = frameAxis().getDisplayPosition(currentFrame.get());
    cursor.setStartX(x);
    cursor.setEndX(x);
    cursor.setStartY(0);
    cursor.setEndY(getYAxis().getHeight());
  }

  /** The series' line, with a new stroke wherever a frame is missing between two points. */
  private List<PathElement> brokenAtGaps(XYChart.Series<Number, Number> series) {
    List<PathElement> elements = new ArrayList<>();
    int previous = Integer.MIN_VALUE;
    for (XYChart.Data<Number, Number> point : series.getData()) {
      int frame = point.getXValue().intValue();
      double x = getXAxis().getDisplayPosition(point.getXValue());
      double y = getYAxis().getDisplayPosition(point.getYValue());
      elements.add(frame == previous + 1 ? new LineTo(x, y) : new MoveTo(x, y));
      previous = frame;
    }
    return elements;
  }

  private void seek(MouseEvent event) {
    NumberAxis x = frameAxis();
    Point2D onAxis = x.sceneToLocal(event.getSceneX(), event.getSceneY());
    double onPlot = getYAxis().sceneToLocal(event.getSceneX(), event.getSceneY()).getY();
    double frame = x.getValueForDisplay(onAxis.getX()).doubleValue();
    if (onPlot < 0
        || onPlot > getYAxis().getHeight()
        || frame < x.getLowerBound() - 0.5
        || frame > x.getUpperBound() + 0.5) {
      return;
    }
    currentFrame.set((int) Math.round(frame));
  }

  private NumberAxis frameAxis() {
    return (NumberAxis) getXAxis();
  }

  /**
   * A series that stays equal to {@code points}; with {@code markers} each point gets its own node,
   * which the chart draws as its symbol although symbols are off for the lines.
   */
  private static XYChart.Series<Number, Number> series(
      String name, ObservableList<TracePoint> points, boolean markers) {
    XYChart.Series<Number, Number> series = new XYChart.Series<>();
    series.setName(name);
    Runnable copy =
        () -> series.getData().setAll(points.stream().map(p -> data(p, markers)).toList());
    copy.run();
    points.addListener((ListChangeListener<TracePoint>) change -> copy.run());
    return series;
  }

  private static XYChart.Data<Number, Number> data(TracePoint point, boolean marker) {
    XYChart.Data<Number, Number> data = new XYChart.Data<>(point.frame(), point.value());
    if (marker) {
      data.setNode(new Region()); // styled as the series' symbol, like its legend entry
    }
    return data;
  }

  /** Frames 0..n-1, with about ten labelled ticks. */
  private static NumberAxis frameAxis(int frameCount) {
    int last = Math.max(1, frameCount - 1);
    NumberAxis axis = new NumberAxis(0, last, niceStep(last / 10.0));
    axis.setMinorTickVisible(false);
    return axis;
  }

  /** 1, 2, 5, 10, 20, 50... at least {@code rough}. */
  private static double niceStep(double rough) {
    double step = 1;
    while (step < rough) {
      double next = step * 2;
      if (next >= rough) {
        return next;
      }
      next = step * 5;
      if (next >= rough) {
        return next;
      }
      step *= 10;
    }
    return step;
  }
}
