package org.inbetween.models.metrics.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.IntPredicate;
import javax.imageio.ImageIO;
import org.inbetween.models.testdata.MaskFolders;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PrecisionRecallPlotTest {
  @TempDir Path tmp;

  @Test
  void writesAPngWithTheCurvesAndTheLegend() throws IOException {
    for (String sequence : List.of("bus", "car-shadow")) {
      MaskFolders.writeSequence(sequence, 4, tmp.resolve("gt"), m -> m);
    }
    MaskFolders.writeSequence("bus", 4, tmp.resolve("pred"), m -> MaskFolders.shiftedRight(m, 30));
    MaskFolders.writeSequence("car-shadow", 4, tmp.resolve("pred"), m -> m);
    EvaluationReport report =
        DatasetEvaluation.of(tmp.resolve("pred"), tmp.resolve("gt"), List.of()).run();
    Path file = tmp.resolve("pr.png");

    PrecisionRecallPlot.write(report, file);

    BufferedImage image = ImageIO.read(file.toFile());
    assertEquals(1040, image.getWidth());
    assertEquals(720, image.getHeight());
    assertTrue(
        count(image, PrecisionRecallPlotTest::blue) > 50,
        "the first sequence's curve and legend entry");
    assertTrue(count(image, PrecisionRecallPlotTest::black) > 50, "the ALL curve and legend entry");
  }

  @Test
  void anSvgFileGetsAScalableDrawingWithTheLegend() throws IOException {
    MaskFolders.writeSequence("bus", 3, tmp.resolve("gt"), m -> m);
    MaskFolders.writeSequence("bus", 3, tmp.resolve("pred"), m -> MaskFolders.shiftedRight(m, 30));
    EvaluationReport report =
        DatasetEvaluation.of(tmp.resolve("pred"), tmp.resolve("gt"), List.of()).run();
    Path file = tmp.resolve("pr.svg");

    PrecisionRecallPlot.write(report, file);

    String svg = Files.readString(file);
    assertTrue(svg.contains("<svg"), svg.substring(0, Math.min(200, svg.length())));
    assertTrue(svg.contains("1040") && svg.contains("720"), "the PNG's size");
    assertTrue(svg.contains("<path"), "curves are vector paths");
  }

  /** Pixels close to the first palette colour (blue): antialiased lines are paler at the edge. */
  private static boolean blue(int rgb) {
    int r = (rgb >> 16) & 0xFF;
    int b = rgb & 0xFF;
    return b - r > 80;
  }

  /** Pixels of the thick ALL curve's core; text (dark grey, 0x33) stays out. */
  private static boolean black(int rgb) {
    return (rgb & 0xFFFFFF) == 0;
  }

  private static int count(BufferedImage image, IntPredicate colour) {
    int count = 0;
    for (int y = 0; y < image.getHeight(); y++) {
      for (int x = 0; x < image.getWidth(); x++) {
        if (colour.test(image.getRGB(x, y))) {
          count++;
        }
      }
    }
    return count;
  }
}
