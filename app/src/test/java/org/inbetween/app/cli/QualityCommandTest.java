package org.inbetween.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.inbetween.app.quality.QualityReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class QualityCommandTest {
  @TempDir Path tmp;

  @Test
  void printsTheKeyframesAndFramesWritesTheCsvAndChangesNothing() throws Exception {
    Path project = tmp.resolve("bus");
    BusKeyframes.create(project, 0, 3, 6).close();
    assertEquals(
        ExitCodes.OK,
        CliRun.of("pseudo-label", "--project", project.toString(), "--method", "warp").exitCode());
    Map<Path, byte[]> before = BusKeyframes.files(project);
    Path csv = tmp.resolve("quality.csv");

    CliRun run = CliRun.of("quality", "--project", project.toString(), "--csv", csv.toString());

    assertEquals(ExitCodes.OK, run.exitCode(), run.err());
    assertTrue(run.out().contains("Leave-one-out with warp"), run.out());
    assertTrue(run.out().contains("worst"), run.out());
    List<String> lines = Files.readAllLines(csv);
    assertEquals(QualityReport.CSV_HEADER + ",J_1", lines.get(0));
    assertEquals(81, lines.size(), "header and 80 frames");
    String[] keyframe = lines.get(1 + 3).split(",", -1);
    assertEquals("3", keyframe[0]);
    assertEquals("KEYFRAME", keyframe[1]);
    assertEquals(keyframe[2], keyframe[9], "one object: its J is the mean");
    String[] generated = lines.get(1 + 4).split(",", -1);
    assertEquals(List.of("4", "PSEUDO_LABELLED"), List.of(generated[0], generated[1]));
    assertEquals(List.of("3", "6"), List.of(generated[5], generated[6]));
    assertEquals(keyframe[2], generated[7], "the gap 3..6 inherits keyframe 3's score");
    assertTrue(Double.parseDouble(generated[8]) > 0, "an estimate: " + lines.get(5));
    assertEquals(before.keySet(), BusKeyframes.files(project).keySet());
    BusKeyframes.files(project)
        .forEach(
            (file, bytes) -> assertTrue(Arrays.equals(before.get(file), bytes), file.toString()));
  }

  @Test
  void infoSummarisesTheConfidenceAndPointsToQuality() throws Exception {
    Path project = tmp.resolve("bus");
    BusKeyframes.create(project, 0, 4).close();
    CliRun empty = CliRun.of("info", "--project", project.toString());
    assertTrue(empty.out().contains("Quality    no pseudo-label awaiting review"), empty.out());
    // fgplg fills the gap only (warp would also fill the frames after keyframe 4)
    CliRun.of("pseudo-label", "--project", project.toString(), "--method", "fgplg");

    CliRun info = CliRun.of("info", "--project", project.toString());

    assertEquals(ExitCodes.OK, info.exitCode(), info.err());
    assertTrue(
        info.out()
            .matches(
                "(?s).*Quality    confidence mean 0\\.\\d{3}, lowest 0\\.\\d{3} at frame [123]"
                    + " \\(3 pseudo-labels awaiting review\\).*"),
        info.out());
    assertTrue(info.out().contains("inbetween quality --project " + project), info.out());
  }

  @Test
  void aMissingProjectIsBadInputNamingTheFolder() {
    Path missing = tmp.resolve("nowhere");

    CliRun run = CliRun.of("quality", "--project", missing.toString());

    assertEquals(ExitCodes.BAD_INPUT, run.exitCode(), run.err());
    assertTrue(run.err().contains(missing.toString()), run.err());
  }

  @Test
  void aFolderThatIsNoProjectIsBadInputNamingIt() throws Exception {
    Path folder = Files.createDirectories(tmp.resolve("not-a-project"));

    CliRun run = CliRun.of("quality", "--project", folder.toString());

    assertEquals(ExitCodes.BAD_INPUT, run.exitCode(), run.err());
    assertTrue(run.err().contains(folder.toString()), run.err());
  }
}
