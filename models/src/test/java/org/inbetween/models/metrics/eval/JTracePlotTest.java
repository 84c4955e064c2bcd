package org.inbetween.models.metrics.eval;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import javax.imageio.ImageIO;
import org.inbetween.models.testdata.MaskFolders;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The per-frame J trace on DAVIS "bus" masks, one frame badly predicted. */
class JTracePlotTest {
  @TempDir Path tmp;

  @Test
  void tracesJPerFrameWithTheKeyframesMarked() throws IOException {
    MaskFolders.writeSequence("bus", 6, tmp.resolve("gt"), m -> m);
    MaskFolders.writeSequence(
        "bus", 6, tmp.resolve("pred"), m -> m.frame() == 3 ? MaskFolders.shiftedRight(m, 200) : m);
    SequenceResult bus =
        DatasetEvaluation.of(tmp.resolve("pred"), tmp.resolve("gt"), List.of())
            .run()
            .sequences()
            .get(0);
    double[] j = bus.frameJ();
    assertEquals(6, j.length);
    assertArrayEquals(new double[] {1, 1, 1}, new double[] {j[0], j[1], j[5]}, 0);
    assertTrue(j[3] < 0.5, "frame 3 shifted: J " + j[3]);
    Path file = JTracePlot.fileFor(tmp.resolve("pr.png"), "bus");
    assertEquals(tmp.resolve("pr-J-bus.png"), file);

    JTracePlot.write(bus, Set.of(0, 5), file);

    BufferedImage image = ImageIO.read(file.toFile());
    assertEquals(JTracePlot.WIDTH, image.getWidth());
    assertEquals(JTracePlot.HEIGHT, image.getHeight());
    assertTrue(countBlue(image) > 100, "the J line");
    Path svg = tmp.resolve("trace.svg");
    JTracePlot.write(bus, Set.of(0, 5), svg);
    assertTrue(Files.readString(svg).contains("<svg"));
  }

  @Test
  void theAllRowHasNoTrace() throws IOException {
    for (String sequence : List.of("bus", "car-shadow")) {
      MaskFolders.writeSequence(sequence, 2, tmp.resolve("gt"), m -> m);
      MaskFolders.writeSequence(sequence, 2, tmp.resolve("pred"), m -> m);
    }
    EvaluationReport report =
        DatasetEvaluation.of(tmp.resolve("pred"), tmp.resolve("gt"), List.of()).run();

    assertThrows(IllegalStateException.class, () -> report.overall().frameJ());
  }

  private static int countBlue(BufferedImage image) {
    int count = 0;
    for (int y = 0; y < image.getHeight(); y++) {
      for (int x = 0; x < image.getWidth(); x++) {
        int rgb = image.getRGB(x, y);
        if ((rgb & 0xFF) - ((rgb >> 16) & 0xFF) > 80) {
          count++;
        }
      }
    }
    return count;
  }
}
