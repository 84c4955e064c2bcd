package org.inbetween.models.metrics.eval;

import java.awt.BasicStroke;
import java.awt.Color;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * The precision–recall curves of an {@link EvaluationReport}, drawn with XChart: one thin coloured
 * curve per sequence, the pooled {@code ALL} curve thick and black on top, and a legend with each
 * curve's max-F.
 *
 * <p>Each curve joins the 256 threshold points in threshold order. Points where no image had any
 * predicted pixel (precision and recall both 0) are left out: they carry no information and would
 * only draw a line to the origin.
 *
 * <pre>{@code
 * PrecisionRecallPlot.write(report, Path.of("pr.png"));   // or pr.svg
 * }</pre>
 */
public final class PrecisionRecallPlot {
  static final int WIDTH = 1040;
  static final int HEIGHT = 720;

  private PrecisionRecallPlot() {}

  /** Writes the plot of {@code report} to {@code file}: SVG for {@code .svg}, else PNG. */
  public static void write(EvaluationReport report, Path file) throws IOException {
    PlotFiles.write(chart(report), file);
  }

  static XYChart chart(EvaluationReport report) {
    XYChart chart =
        new XYChartBuilder()
            .width(WIDTH)
            .height(HEIGHT)
            .title(
                String.format(
                    Locale.ROOT,
                    "Precision-recall over 256 thresholds: %d sequence%s, %d frames",
                    report.sequences().size(),
                    report.sequences().size() == 1 ? "" : "s",
                    report.overall().frames()))
            .xAxisTitle("Recall")
            .yAxisTitle("Precision")
            .build();
    Styles.apply(chart);
    chart.getStyler().setLegendPosition(Styler.LegendPosition.OutsideE);
    chart.getStyler().setXAxisMin(0.0).setXAxisMax(1.0).setYAxisMin(0.0).setYAxisMax(1.0);
    chart.getStyler().setXAxisDecimalPattern("0.0").setYAxisDecimalPattern("0.0");
    for (int i = 0; i < report.sequences().size(); i++) {
      addCurve(chart, report.sequences().get(i), Styles.colour(i), 1.6f);
    }
    addCurve(chart, report.overall(), Color.BLACK, 3.2f);
    return chart;
  }

  private static void addCurve(XYChart chart, SequenceResult row, Color colour, float width) {
    List<Double> recall = new ArrayList<>();
    List<Double> precision = new ArrayList<>();
    for (int t = 0; t < row.precision().length; t++) {
      if (row.precision()[t] == 0 && row.recall()[t] == 0) {
        continue;
      }
      recall.add(row.recall()[t]);
      precision.add(row.precision()[t]);
    }
    if (recall.isEmpty()) {
      recall.add(0.0); // XChart refuses an empty series; one point at the origin shows "nothing"
      precision.add(0.0);
    }
    XYSeries series =
        chart.addSeries(
            String.format(Locale.ROOT, "%s (max-F %.3f)", row.name(), row.saliency().maxF()),
            recall,
            precision);
    series.setMarker(SeriesMarkers.NONE);
    series.setLineColor(colour);
    series.setLineStyle(new BasicStroke(width, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
  }
}
