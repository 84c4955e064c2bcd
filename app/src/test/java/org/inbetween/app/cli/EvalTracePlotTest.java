package org.inbetween.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code eval --plot} also draws each sequence's J trace; for a project's model layer (which covers
 * every frame) the project's human frames are marked as keyframes.
 */
class EvalTracePlotTest {
  @TempDir Path tmp;

  @Test
  void aProjectGetsItsJTraceBesideThePrPlotWithItsHumanFramesAsKeyframes() throws Exception {
    DavisExcerpt bus = DavisExcerpt.of(tmp, "bus", 5, 2);
    Path project = tmp.resolve("project");
    CliRun imported =
        CliRun.of(
            "import",
            bus.images().toString(),
            "--masks",
            bus.keyframes().toString(),
            "--project",
            project.toString());
    assertEquals(ExitCodes.OK, imported.exitCode(), imported.err());
    assertEquals(Map.of("bus", Set.of(0, 2, 4)), ProjectKeyframes.of(project));
    Path plot = tmp.resolve("plots/pr.png");
    Files.createDirectories(plot.getParent());

    CliRun predicted = CliRun.of("predict", "--project", project.toString(), "--model", "u2netp");
    assertEquals(ExitCodes.OK, predicted.exitCode(), predicted.err());

    CliRun eval =
        CliRun.of(
            "eval",
            "--pred",
            project.toString(),
            "--layer",
            "model/u2netp",
            "--gt",
            bus.truth().toString(),
            "--plot",
            plot.toString());

    assertEquals(ExitCodes.OK, eval.exitCode(), eval.err());
    BufferedImage trace = ImageIO.read(tmp.resolve("plots/pr-J-bus.png").toFile());
    assertEquals(1040, trace.getWidth());
    assertEquals(420, trace.getHeight());
    assertEquals(Map.of(), ProjectKeyframes.of(bus.truth()), "a plain folder marks none");
  }
}
