package org.inbetween.models.metrics.eval;

import java.awt.BasicStroke;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * What human effort buys: mean J over a sequence against the fraction of its frames drawn by hand,
 * as a simulated annotator adds keyframes. One colour per strategy and method; each sequence is one
 * line of that colour, so a strategy whose lines reach the top further left costs less.
 *
 * <pre>{@code
 * EffortCurvePlot.write(List.of(new EffortCurvePlot.Curve("suggest / warp", "bus",
 *     new double[] {0.02, 0.05}, new double[] {0.71, 0.93})), Path.of("effort.png"));
 * }</pre>
 */
public final class EffortCurvePlot {
  static final int WIDTH = 1040;
  static final int HEIGHT = 560;

  /**
   * One sequence's trace under one strategy and method.
   *
   * @param group the strategy and method: one colour and one legend entry per group
   * @param sequence the sequence
   * @param drawnFraction frames drawn by hand so far, as a fraction of the sequence
   * @param meanJ the sequence's mean J at that point
   */
  public record Curve(String group, String sequence, double[] drawnFraction, double[] meanJ) {}

  private EffortCurvePlot() {}

  /** Writes the curves to {@code file} (SVG for {@code .svg}, else PNG). */
  public static void write(List<Curve> curves, Path file) throws IOException {
    PlotFiles.write(chart(curves), file);
  }

  static XYChart chart(List<Curve> curves) {
    XYChart chart =
        new XYChartBuilder()
            .width(WIDTH)
            .height(HEIGHT)
            .title("Human effort: mean J as frames are drawn by hand")
            .xAxisTitle("fraction of frames drawn or corrected by hand")
            .yAxisTitle("mean J over the sequence")
            .build();
    Styles.apply(chart);
    chart.getStyler().setLegendPosition(Styler.LegendPosition.InsideSE);
    chart.getStyler().setYAxisDecimalPattern("0.00").setXAxisDecimalPattern("0.00");
    Map<String, Integer> colours = new LinkedHashMap<>();
    for (Curve curve : curves) {
      boolean first = !colours.containsKey(curve.group());
      int colour = colours.computeIfAbsent(curve.group(), g -> colours.size());
      String name = first ? curve.group() : curve.group() + " · " + curve.sequence();
      XYSeries series = chart.addSeries(name, curve.drawnFraction(), curve.meanJ());
      series.setLineColor(Styles.colour(colour));
      series.setMarkerColor(Styles.colour(colour));
      series.setMarker(SeriesMarkers.CIRCLE);
      series.setLineStyle(new BasicStroke(1.5f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
      series.setShowInLegend(first);
    }
    return chart;
  }
}
