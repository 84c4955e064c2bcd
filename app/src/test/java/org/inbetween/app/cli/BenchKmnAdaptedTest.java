package org.inbetween.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * kmn-adapted and kmn-warp-adapted fine-tune the kmn decoder on each sequence's own keyframes
 * before filling its gaps: rows of their own, timed with the adaptation.
 */
class BenchKmnAdaptedTest {
  @Test
  void adaptingTheDecoderOnDogAgilitysKeyframesImprovesTheFusionWithWarp(@TempDir Path folder)
      throws Exception {
    Path csv = folder.resolve("dog-agility.csv");
    CliRun run =
        PseudoLabelBench.run(
            "dog-agility", "12", "kmn-warp,kmn-warp-adapted", csv, "--kmn-adapt-steps", "40");
    assertEquals(ExitCodes.OK, run.exitCode(), run.err());
    assertTrue(run.err().contains("dog-agility l=12: kmn decoder adapted, last loss"), run.err());
    List<String> rows = Files.readAllLines(csv);
    double fused = PseudoLabelBench.jf(rows, "dog-agility,12,kmn-warp,");
    double fusedAdapted = PseudoLabelBench.jf(rows, "dog-agility,12,kmn-warp-adapted,");
    assertTrue(fusedAdapted > fused + 0.005, rows.toString());
  }

  @Test
  void oneShotRefusesItBecauseItAdaptsOnKeyframes(@TempDir Path folder) {
    CliRun oneShot =
        PseudoLabelBench.run(
            "dog-agility", "12", "kmn-warp-adapted", folder.resolve("x.csv"), "--one-shot");
    assertEquals(ExitCodes.BAD_INPUT, oneShot.exitCode());
    assertTrue(
        oneShot.err().contains("kmn-warp-adapted adapts on keyframes; --one-shot gives frame 0"),
        oneShot.err());
  }
}
