package org.inbetween.models.metrics.eval;

import java.awt.Color;
import java.awt.Font;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.style.XYStyler;

/** The look every plot of the project shares: white, light grid, the same fonts and colours. */
final class Styles {
  /** Matplotlib's "tab10" and lighter companions: distinct for up to 16 curves. */
  private static final Color[] PALETTE = {
    new Color(0x1F77B4), new Color(0xFF7F0E), new Color(0x2CA02C), new Color(0xD62728),
    new Color(0x9467BD), new Color(0x8C564B), new Color(0xE377C2), new Color(0x7F7F7F),
    new Color(0xBCBD22), new Color(0x17BECF), new Color(0x6BAED6), new Color(0xFDAE6B),
    new Color(0x74C476), new Color(0xF768A1), new Color(0x9E9AC8), new Color(0xC49C94)
  };

  private Styles() {}

  static Color colour(int index) {
    return PALETTE[index % PALETTE.length];
  }

  static void apply(XYChart chart) {
    XYStyler styler = chart.getStyler();
    styler.setChartBackgroundColor(Color.WHITE);
    styler.setPlotBackgroundColor(Color.WHITE);
    styler.setPlotGridLinesColor(new Color(0xE3E3E3));
    styler.setPlotBorderColor(new Color(0x333333));
    styler.setLegendBorderColor(Color.WHITE);
    styler.setChartTitleBoxVisible(false);
    styler.setChartTitleFont(new Font(Font.SANS_SERIF, Font.BOLD, 18));
    styler.setLegendFont(new Font(Font.SANS_SERIF, Font.PLAIN, 13));
    styler.setAxisTitleFont(new Font(Font.SANS_SERIF, Font.BOLD, 15));
    styler.setAxisTickLabelsFont(new Font(Font.SANS_SERIF, Font.PLAIN, 13));
    styler.setChartPadding(16);
  }
}
