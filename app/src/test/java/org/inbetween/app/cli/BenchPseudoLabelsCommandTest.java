package org.inbetween.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.inbetween.models.testdata.SharedData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class BenchPseudoLabelsCommandTest {
  @TempDir Path dir;

  @Test
  void writesOneRowPerSequenceIntervalAndMethodPlusTheMeans() throws Exception {
    Path csv = dir.resolve("bench.csv");
    StringWriter out = new StringWriter();
    CommandLine cli = new CommandLine(new BenchPseudoLabelsCommand());
    cli.setOut(new PrintWriter(out));

    int code =
        cli.execute(
            "--davis", SharedData.davis().toString(),
            "--sequences", "car-shadow",
            "--interval", "10,20",
            "--method", "copy,warp",
            "--csv", csv.toString());

    assertEquals(ExitCodes.OK, code, out.toString());
    List<String> lines = Files.readAllLines(csv);
    assertEquals("sequence,interval,method,J,F,JF,frames,fps", lines.get(0));
    assertEquals(1 + 4 + 4, lines.size(), String.join("\n", lines));
    assertTrue(lines.get(1).startsWith("car-shadow,10,copy,"), lines.get(1));
    assertTrue(lines.get(5).startsWith("ALL,10,copy,"), lines.get(5));
    double copyJ = Double.parseDouble(lines.get(5).split(",")[3]);
    double warpJ = Double.parseDouble(lines.get(6).split(",")[3]);
    assertTrue(warpJ > copyJ, "warp J=" + warpJ + " copy J=" + copyJ);
    // car-shadow has 40 frames: keyframes 0,10,20,30,39 leave 35 generated frames
    assertEquals("35", lines.get(1).split(",")[6]);
  }

  @Test
  void oneShotPropagatesFromFrameZeroToEveryOtherFrameAndRefusesFgplg() throws Exception {
    Path csv = dir.resolve("one-shot.csv");
    CommandLine cli = new CommandLine(new BenchPseudoLabelsCommand());
    cli.setOut(new PrintWriter(new StringWriter()));

    int code =
        cli.execute(
            "--davis",
            SharedData.davis().toString(),
            "--sequences",
            "car-shadow",
            "--one-shot",
            "--method",
            "copy,warp",
            "--csv",
            csv.toString());

    assertEquals(ExitCodes.OK, code);
    List<String> lines = Files.readAllLines(csv);
    assertEquals(1 + 2 + 2, lines.size(), String.join("\n", lines));
    String[] copy = lines.get(1).split(",");
    String[] warp = lines.get(2).split(",");
    assertEquals(
        List.of("car-shadow", "0", "copy", "39"), List.of(copy[0], copy[1], copy[2], copy[6]));
    assertTrue(
        Double.parseDouble(warp[5]) > Double.parseDouble(copy[5]),
        "chaining warp beats copying frame 0: " + lines);

    StringWriter err = new StringWriter();
    CommandLine refused = new CommandLine(new BenchPseudoLabelsCommand());
    refused.setErr(new PrintWriter(err));
    refused.setExecutionExceptionHandler(new FailureHandler());
    int fgplg =
        refused.execute(
            "--davis",
            SharedData.davis().toString(),
            "--sequences",
            "car-shadow",
            "--one-shot",
            "--method",
            "fgplg");
    assertEquals(ExitCodes.BAD_INPUT, fgplg);
    assertTrue(err.toString().contains("cannot propagate"), err.toString());
  }

  @Test
  void anUnknownMethodIsRefusedWithTheKnownOnes() {
    StringWriter err = new StringWriter();
    CommandLine cli = new CommandLine(new BenchPseudoLabelsCommand());
    cli.setErr(new PrintWriter(err));
    cli.setExecutionExceptionHandler(new FailureHandler());

    int code =
        cli.execute(
            "--davis", SharedData.davis().toString(), "--sequences", "bus", "--method", "x");

    assertEquals(ExitCodes.BAD_INPUT, code);
    assertTrue(
        err.toString().contains("known: [copy, fgplg, kmn, kmn-fgplg, kmn-warp, warp]"),
        err.toString());
  }
}
