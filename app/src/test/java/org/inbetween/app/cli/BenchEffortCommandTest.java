package org.inbetween.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.inbetween.app.effort.EffortTable;
import org.inbetween.models.testdata.SharedData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BenchEffortCommandTest {
  @TempDir Path tmp;

  @Test
  void writesOneRowPerSequenceAndAnAllRowAndThePlot() throws Exception {
    Path csv = tmp.resolve("effort.csv");
    Path plot = tmp.resolve("effort.png");

    CliRun run =
        CliRun.of(
            "bench",
            "effort",
            "--davis",
            SharedData.davis().toString(),
            "--sequences",
            "car-shadow",
            "--method",
            "copy",
            "--strategy",
            "uniform:20",
            "--csv",
            csv.toString(),
            "--plot",
            plot.toString());

    assertEquals(ExitCodes.OK, run.exitCode(), run.err());
    List<String> lines = Files.readAllLines(csv);
    assertEquals(EffortTable.CSV_HEADER, lines.get(0));
    assertEquals(3, lines.size(), String.join("\n", lines));
    assertTrue(lines.get(1).startsWith("car-shadow,uniform:20,copy,"), lines.get(1));
    assertTrue(lines.get(2).startsWith("ALL,uniform:20,copy,"), lines.get(2));
    String[] cells = lines.get(1).split(",");
    assertTrue(Double.parseDouble(cells[4]) >= 0.9, "min_J reaches the target: " + lines.get(1));
    BufferedImage image = ImageIO.read(plot.toFile());
    assertTrue(image.getWidth() > 500 && image.getHeight() > 300);
  }

  @Test
  void anUnknownStrategyIsRefusedBeforeAnyWork() {
    CliRun run =
        CliRun.of(
            "bench",
            "effort",
            "--davis",
            SharedData.davis().toString(),
            "--sequences",
            "car-shadow",
            "--strategy",
            "every:5");

    assertEquals(ExitCodes.BAD_INPUT, run.exitCode(), run.err());
    assertTrue(run.err().contains("every:5"), run.err());
  }
}
