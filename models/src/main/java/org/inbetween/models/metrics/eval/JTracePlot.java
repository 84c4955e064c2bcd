package org.inbetween.models.metrics.eval;

import java.awt.BasicStroke;
import java.awt.Color;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import java.util.stream.IntStream;
import org.knowm.xchart.AnnotationLine;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * One sequence's J frame by frame, drawn with XChart: where along the video the masks go wrong,
 * which a mean hides. Keyframes, where they are known (the human frames of a project), are marked
 * by a vertical line and a dot, so that a drop in the middle of a gap reads as the gap's fault.
 *
 * <p>A sequence with one object has one line; with several, one thin line per object and their mean
 * in black.
 *
 * <pre>{@code
 * JTracePlot.write(result, Set.of(0, 10, 20), JTracePlot.fileFor(Path.of("pr.png"), "bus"));
 * }</pre>
 */
public final class JTracePlot {
  static final int WIDTH = 1040;
  static final int HEIGHT = 420;

  private JTracePlot() {}

  /**
   * Where the trace of {@code sequence} goes beside the precision-recall plot {@code plot}: {@code
   * pr.png} gives {@code pr-J-bus.png} (same folder, same format).
   */
  public static Path fileFor(Path plot, String sequence) {
    String name = plot.getFileName().toString();
    int dot = name.lastIndexOf('.');
    String stem = dot > 0 ? name.substring(0, dot) : name;
    String extension = dot > 0 ? name.substring(dot) : ".png";
    return plot.resolveSibling(stem + "-J-" + sequence + extension);
  }

  /**
   * Writes the trace of one sequence's {@code result} to {@code file} (SVG for {@code .svg}, else
   * PNG).
   *
   * @param keyframes frame indices to mark (in evaluation order, 0 = first frame); may be empty
   */
  public static void write(SequenceResult result, Collection<Integer> keyframes, Path file)
      throws IOException {
    PlotFiles.write(chart(result, keyframes), file);
  }

  static XYChart chart(SequenceResult result, Collection<Integer> keyframes) {
    double[] mean = result.frameJ();
    double[] frames = IntStream.range(0, mean.length).asDoubleStream().toArray();
    XYChart chart =
        new XYChartBuilder()
            .width(WIDTH)
            .height(HEIGHT)
            .title(
                String.format(
                    Locale.ROOT,
                    "%s: J per frame (mean %.3f over %d frames)",
                    result.name(),
                    result.j(),
                    mean.length))
            .xAxisTitle("frame")
            .yAxisTitle("J")
            .build();
    Styles.apply(chart);
    chart.getStyler().setLegendPosition(Styler.LegendPosition.InsideSW);
    chart.getStyler().setYAxisMin(0.0).setYAxisMax(1.0).setYAxisDecimalPattern("0.0");
    chart.getStyler().setXAxisMin(0.0).setXAxisMax(Math.max(1.0, mean.length - 1.0));
    chart.getStyler().setXAxisDecimalPattern("0");
    List<ObjectResult> objects = result.objects();
    if (objects.size() > 1) {
      for (int i = 0; i < objects.size(); i++) {
        line(chart, "object " + objects.get(i).objectId(), frames, objects.get(i).jPerFrame())
            .setLineColor(Styles.colour(i));
      }
    }
    line(chart, objects.size() > 1 ? "mean J" : "J", frames, mean)
        .setLineColor(objects.size() > 1 ? Color.BLACK : Styles.colour(0));
    markKeyframes(chart, keyframes, mean);
    return chart;
  }

  private static XYSeries line(XYChart chart, String name, double[] frames, double[] j) {
    XYSeries series = chart.addSeries(name, frames, j);
    series.setMarker(SeriesMarkers.NONE);
    series.setLineStyle(new BasicStroke(2f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
    return series;
  }

  private static void markKeyframes(XYChart chart, Collection<Integer> keyframes, double[] j) {
    List<Double> x = new ArrayList<>();
    List<Double> y = new ArrayList<>();
    for (int frame : new TreeSet<>(keyframes)) {
      if (frame < 0 || frame >= j.length) {
        continue;
      }
      x.add((double) frame);
      y.add(j[frame]);
      chart.addAnnotation(new AnnotationLine(frame, true, false));
    }
    if (x.isEmpty()) {
      return;
    }
    chart.getStyler().setAnnotationLineColor(new Color(0xB0B0B0));
    chart.getStyler().setAnnotationLineStroke(new BasicStroke(1f));
    XYSeries dots = chart.addSeries("keyframe", x, y);
    dots.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
    dots.setMarker(SeriesMarkers.CIRCLE);
    dots.setMarkerColor(Color.DARK_GRAY);
  }
}
