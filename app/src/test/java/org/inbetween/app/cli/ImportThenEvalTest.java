package org.inbetween.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.inbetween.models.testdata.SharedData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The foundation's acceptance check: a DAVIS sequence imported and scored against itself. */
class ImportThenEvalTest {
  @TempDir Path tmp;

  @Test
  void importedDavisMasksScorePerfectlyAgainstTheirSource() throws IOException {
    Path davis = SharedData.davis();
    Path project = tmp.resolve("blackswan");
    Path csv = tmp.resolve("scores.csv");
    CliRun imported =
        CliRun.of(
            "import", davis.toString(), "--sequence", "blackswan", "--project", project.toString());
    assertEquals(ExitCodes.OK, imported.exitCode(), imported.err());

    CliRun eval =
        CliRun.of(
            "eval",
            "--pred",
            project.toString(),
            "--gt",
            davis.toString(),
            "--csv",
            csv.toString());

    assertEquals(ExitCodes.OK, eval.exitCode(), eval.err());
    List<String> rows = Files.readAllLines(csv);
    assertEquals("sequence,J,F,JF,MAE,maxF,S", rows.get(0));
    for (String row : rows.subList(1, rows.size())) {
      String[] cells = row.split(",");
      assertEquals("1.000000", cells[1], row);
      assertEquals("1.000000", cells[2], row);
    }
    assertTrue(rows.get(rows.size() - 1).startsWith("ALL,"), rows.toString());
    assertTrue(eval.out().contains("blackswan"), eval.out());
  }
}
