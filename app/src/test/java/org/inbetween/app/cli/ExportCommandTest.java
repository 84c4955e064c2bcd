package org.inbetween.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.inbetween.app.project.store.ProjectStore;
import org.inbetween.models.testdata.SharedData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The export and import-dataset commands, run as the lead will register them. */
class ExportCommandTest {
  @TempDir Path tmp;

  @Test
  void exportsADavisSequenceAsYouTubeVosAndImportsItBack() throws IOException {
    Path project = tmp.resolve("car-shadow");
    assertEquals(
        ExitCodes.OK,
        CliRun.of(
                "import",
                SharedData.davis().toString(),
                "--sequence",
                "car-shadow",
                "--project",
                project.toString())
            .exitCode());
    Path out = tmp.resolve("ytvos");

    StringWriter printed = new StringWriter();
    int code =
        command(new ExportCommand(), printed)
            .execute(
                "--project",
                project.toString(),
                "--format",
                "youtube-vos",
                "--out",
                out.toString(),
                "--name",
                "shadow",
                "--height",
                "240");

    assertEquals(0, code);
    assertTrue(printed.toString().contains("HUMAN_KEYFRAME=40"), printed.toString());
    assertTrue(Files.readString(out.resolve("meta.json")).contains("\"shadow\""));
    Path back = tmp.resolve("back");
    int imported =
        command(new DatasetImportCommand(), new StringWriter())
            .execute("--format", "youtube-vos", out.toString(), "--project", back.toString());
    assertEquals(0, imported);
    try (ProjectStore store = ProjectStore.open(back)) {
      assertEquals(40, store.project().frameCount());
      assertEquals(240, store.project().height());
    }
  }

  @Test
  void anUnknownFormatFailsAndWritesNothing() {
    Path out = tmp.resolve("none");
    int code =
        command(new ExportCommand(), new StringWriter())
            .execute("--project", tmp.toString(), "--format", "vhs", "--out", out.toString());

    assertNotEquals(0, code);
    assertFalse(Files.exists(out));
  }

  private static CommandLine command(Object command, StringWriter out) {
    CommandLine line = new CommandLine(command);
    line.setOut(new PrintWriter(out, true));
    line.setErr(new PrintWriter(new StringWriter(), true));
    return line;
  }
}
