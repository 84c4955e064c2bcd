package org.inbetween.models.metrics.eval;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import javax.imageio.ImageIO;

/**
 * Draws the precision–recall curves of an {@link EvaluationReport} as a PNG: one thin coloured
 * curve per sequence, the pooled {@code ALL} curve thick and black on top, and a legend with each
 * curve's max-F.
 *
 * <p>Each curve joins the 256 threshold points in threshold order. Points where no image had any
 * predicted pixel (precision and recall both 0) are left out: they carry no information and would
 * only draw a line to the origin. Plain Java2D, so it runs headless and needs no plotting library.
 */
public final class PrecisionRecallPlot {
  private static final int WIDTH = 1040;
  private static final int HEIGHT = 720;
  private static final int LEFT = 90;
  private static final int TOP = 70;
  private static final int SIDE = 560;
  private static final int LEGEND_LEFT = LEFT + SIDE + 40;
  private static final Color GRID = new Color(0xE3E3E3);
  private static final Color AXIS = new Color(0x333333);
  private static final Color[] PALETTE = {
    new Color(0x1F77B4), new Color(0xFF7F0E), new Color(0x2CA02C), new Color(0xD62728),
    new Color(0x9467BD), new Color(0x8C564B), new Color(0xE377C2), new Color(0x7F7F7F),
    new Color(0xBCBD22), new Color(0x17BECF), new Color(0x6BAED6), new Color(0xFDAE6B),
    new Color(0x74C476), new Color(0xF768A1), new Color(0x9E9AC8), new Color(0xC49C94)
  };

  private PrecisionRecallPlot() {}

  /** Writes the plot of {@code report} to {@code file} (PNG). */
  public static void write(EvaluationReport report, Path file) throws IOException {
    if (!ImageIO.write(render(report), "png", file.toFile())) {
      throw new IOException("no PNG writer available");
    }
  }

  /** The plot as an image. */
  public static BufferedImage render(EvaluationReport report) {
    BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    try {
      g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
      g.setRenderingHint(
          RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
      g.setColor(Color.WHITE);
      g.fillRect(0, 0, WIDTH, HEIGHT);
      drawAxes(g);
      for (int i = 0; i < report.sequences().size(); i++) {
        drawCurve(g, report.sequences().get(i), colour(i), 1.6f);
      }
      drawCurve(g, report.overall(), Color.BLACK, 3.2f);
      drawLegend(g, report);
      drawTitle(g, report);
    } finally {
      g.dispose();
    }
    return image;
  }

  private static Color colour(int index) {
    return PALETTE[index % PALETTE.length];
  }

  /** Keeps curves that run along 0 or 1 off the frame of the plot. */
  private static final int INSET = 10;

  private static double x(double recall) {
    return LEFT + INSET + recall * (SIDE - 2 * INSET);
  }

  private static double y(double precision) {
    return TOP + INSET + (1 - precision) * (SIDE - 2 * INSET);
  }

  private static void drawAxes(Graphics2D g) {
    g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 13));
    FontMetrics metrics = g.getFontMetrics();
    for (int tick = 0; tick <= 10; tick++) {
      double value = tick / 10.0;
      g.setColor(GRID);
      g.setStroke(new BasicStroke(1f));
      g.drawLine((int) x(value), TOP, (int) x(value), TOP + SIDE);
      g.drawLine(LEFT, (int) y(value), LEFT + SIDE, (int) y(value));
      g.setColor(AXIS);
      String label = String.format(Locale.ROOT, "%.1f", value);
      g.drawString(
          label,
          (int) x(value) - metrics.stringWidth(label) / 2,
          TOP + SIDE + 8 + metrics.getAscent());
      g.drawString(
          label,
          LEFT - 10 - metrics.stringWidth(label),
          (int) y(value) + metrics.getAscent() / 2 - 1);
    }
    g.setColor(AXIS);
    g.setStroke(new BasicStroke(1.5f));
    g.drawRect(LEFT, TOP, SIDE, SIDE);
    g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 15));
    metrics = g.getFontMetrics();
    g.drawString("Recall", LEFT + (SIDE - metrics.stringWidth("Recall")) / 2, TOP + SIDE + 50);
    Graphics2D rotated = (Graphics2D) g.create();
    try {
      rotated.rotate(-Math.PI / 2);
      rotated.drawString(
          "Precision", -(TOP + (SIDE + metrics.stringWidth("Precision")) / 2), LEFT - 50);
    } finally {
      rotated.dispose();
    }
  }

  private static void drawCurve(Graphics2D g, SequenceResult row, Color colour, float width) {
    Path2D.Double curve = new Path2D.Double();
    boolean started = false;
    for (int t = 0; t < row.precision().length; t++) {
      double precision = row.precision()[t];
      double recall = row.recall()[t];
      if (precision == 0 && recall == 0) {
        continue;
      }
      if (started) {
        curve.lineTo(x(recall), y(precision));
      } else {
        curve.moveTo(x(recall), y(precision));
        started = true;
      }
    }
    g.setColor(colour);
    g.setStroke(new BasicStroke(width, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
    g.draw(curve);
  }

  private static void drawLegend(Graphics2D g, EvaluationReport report) {
    g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 13));
    FontMetrics metrics = g.getFontMetrics();
    int lineHeight = Math.max(20, Math.min(30, SIDE / (report.sequences().size() + 2)));
    g.setColor(AXIS);
    g.setFont(g.getFont().deriveFont(Font.BOLD));
    g.drawString("sequence (max-F)", LEGEND_LEFT, TOP + metrics.getAscent());
    int row = 1;
    for (int i = 0; i < report.sequences().size(); i++, row++) {
      legendEntry(g, report.sequences().get(i), colour(i), 1.6f, TOP + row * lineHeight, false);
    }
    legendEntry(g, report.overall(), Color.BLACK, 3.2f, TOP + row * lineHeight + 6, true);
  }

  private static void legendEntry(
      Graphics2D g, SequenceResult row, Color colour, float width, int top, boolean bold) {
    g.setFont(new Font(Font.SANS_SERIF, bold ? Font.BOLD : Font.PLAIN, 13));
    FontMetrics metrics = g.getFontMetrics();
    int middle = top + metrics.getAscent() / 2 + 4;
    g.setColor(colour);
    g.setStroke(new BasicStroke(width, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
    g.drawLine(LEGEND_LEFT, middle, LEGEND_LEFT + 28, middle);
    g.setColor(AXIS);
    String label = String.format(Locale.ROOT, "%s (%.3f)", row.name(), row.saliency().maxF());
    g.drawString(label, LEGEND_LEFT + 38, middle + metrics.getAscent() / 2 - 1);
  }

  private static void drawTitle(Graphics2D g, EvaluationReport report) {
    g.setColor(AXIS);
    g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 18));
    g.drawString("Precision–recall over 256 thresholds", LEFT, 32);
    g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 13));
    g.drawString(
        String.format(
            Locale.ROOT,
            "%d sequence%s, %d frames; curves averaged over frames",
            report.sequences().size(),
            report.sequences().size() == 1 ? "" : "s",
            report.overall().frames()),
        LEFT,
        54);
  }
}
