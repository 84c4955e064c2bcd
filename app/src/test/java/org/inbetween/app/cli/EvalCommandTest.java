package org.inbetween.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.inbetween.models.image.Masks;
import org.inbetween.models.testdata.MaskFolders;
import org.inbetween.models.testdata.SharedData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvalCommandTest {
  private static final int FRAMES = 5;

  @TempDir Path tmp;
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int eval(String... args) {
    String[] withCommand = new String[args.length + 1];
    withCommand[0] = "eval";
    System.arraycopy(args, 0, withCommand, 1, args.length);
    return InbetweenCli.run(new PrintWriter(out), new PrintWriter(err), withCommand);
  }

  @Test
  void davisAgainstItselfScoresOneInTheCsvTableAndPlot() throws IOException {
    String davis = SharedData.davis().toString();
    Path csv = tmp.resolve("scores.csv");
    Path plot = tmp.resolve("pr.png");

    int code =
        eval(
            "--pred",
            davis,
            "--gt",
            davis,
            "--sequences",
            "car-shadow,dog-agility",
            "--csv",
            csv.toString(),
            "--plot",
            plot.toString());

    assertEquals(ExitCodes.OK, code, err.toString());
    List<String> lines = Files.readAllLines(csv);
    assertEquals("sequence,J,F,JF,MAE,maxF,S", lines.get(0));
    assertEquals(4, lines.size());
    assertTrue(lines.get(1).startsWith("car-shadow,1.000000,1.000000,1.000000,"), lines.get(1));
    assertTrue(lines.get(2).startsWith("dog-agility,1.000000,1.000000,1.000000,"), lines.get(2));
    assertTrue(lines.get(3).startsWith("ALL,1.000000,1.000000,1.000000,"), lines.get(3));
    BufferedImage image = ImageIO.read(plot.toFile());
    assertTrue(image.getWidth() > 500 && image.getHeight() > 400);
    String table = out.toString();
    assertTrue(
        table.lines().anyMatch(l -> l.matches("ALL\\s+65\\s+1\\.0000\\s+1\\.0000.*")), table);
  }

  @Test
  void perturbedPredictionsAgainstADavisRootScoreBelowOne() throws IOException {
    Path pred = tmp.resolve("pred");
    MaskFolders.writeSequence("car-shadow", 40, pred, m -> MaskFolders.shiftedRight(m, 15));
    Path csv = tmp.resolve("scores.csv");

    int code =
        eval(
            "--pred",
            pred.toString(),
            "--gt",
            SharedData.davis().toString(),
            "--csv",
            csv.toString());

    assertEquals(ExitCodes.OK, code, err.toString());
    String[] row = Files.readAllLines(csv).get(1).split(",");
    assertEquals("car-shadow", row[0]);
    double j = Double.parseDouble(row[1]);
    double f = Double.parseDouble(row[2]);
    assertTrue(j > 0 && j < 1, "J=" + j);
    assertTrue(f > 0 && f < 1, "F=" + f);
  }

  @Test
  void missingPredictionIsBadInputNamingTheFileAndWritesNothing() throws IOException {
    Path[] folders = predictionsAndTruth();
    Path missing = folders[0].resolve("car-shadow/00002.png");
    Files.delete(missing);
    Path csv = tmp.resolve("scores.csv");

    int code =
        eval(
            "--pred",
            folders[0].toString(),
            "--gt",
            folders[1].toString(),
            "--csv",
            csv.toString());

    assertEquals(ExitCodes.BAD_INPUT, code);
    assertTrue(err.toString().contains(missing.toString()), err.toString());
    assertFalse(Files.exists(csv));
  }

  @Test
  void sizeMismatchIsBadInputNamingTheFile() throws IOException {
    Path[] folders = predictionsAndTruth();
    Path wrong = folders[0].resolve("car-shadow/00001.png");
    MaskFolders.write(wrong, Masks.empty(1, 853, 480));

    int code = eval("--pred", folders[0].toString(), "--gt", folders[1].toString());

    assertEquals(ExitCodes.BAD_INPUT, code);
    assertTrue(err.toString().contains(wrong.toString()), err.toString());
    assertTrue(err.toString().contains("853x480"), err.toString());
  }

  @Test
  void unreadablePngIsBadInputNamingTheFile() throws IOException {
    Path[] folders = predictionsAndTruth();
    Path broken = folders[1].resolve("car-shadow/00003.png");
    Files.writeString(broken, "not a png");

    int code = eval("--pred", folders[0].toString(), "--gt", folders[1].toString());

    assertEquals(ExitCodes.BAD_INPUT, code);
    assertTrue(err.toString().contains(broken.toString()), err.toString());
  }

  @Test
  void missingFolderIsBadInput() {
    Path nowhere = tmp.resolve("nowhere");

    int code = eval("--pred", nowhere.toString(), "--gt", SharedData.davis().toString());

    assertEquals(ExitCodes.BAD_INPUT, code);
    assertTrue(err.toString().contains(nowhere.toString()), err.toString());
  }

  @Test
  void unknownOptionOrMissingFolderOptionIsUsage() {
    assertEquals(ExitCodes.USAGE, eval("--pred", "a", "--gt", "b", "--bogus"));
    assertEquals(ExitCodes.USAGE, eval("--pred", "a"));
  }

  /** A flat prediction folder equal to a flat ground-truth folder, a few car-shadow frames each. */
  private Path[] predictionsAndTruth() throws IOException {
    Path pred = tmp.resolve("pred");
    Path gt = tmp.resolve("gt");
    MaskFolders.writeSequence("car-shadow", FRAMES, pred, m -> m);
    MaskFolders.writeSequence("car-shadow", FRAMES, gt, m -> m);
    return new Path[] {pred, gt};
  }
}
