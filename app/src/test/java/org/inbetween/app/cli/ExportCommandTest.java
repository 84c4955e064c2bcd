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
import java.util.List;
import java.util.stream.Collectors;
import org.inbetween.app.exchange.dataset.DatasetFormat;
import org.inbetween.app.exchange.dataset.DatasetFormats;
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
    assertTrue(Files.readString(out.resolve("train/meta.json")).contains("\"shadow\""));
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
  void framesLabelledWritesAnImageOnlyForEachMaskAndABadSetWritesNothing() throws IOException {
    Path judo = SharedData.root().resolve("partial/judo");
    Path project = tmp.resolve("judo");
    CliRun imported =
        CliRun.of(
            "import",
            judo.resolve("frames").toString(),
            "--masks",
            judo.resolve("masks").toString(),
            "--fit-masks",
            "pad-crop",
            "--project",
            project.toString());
    assertEquals(ExitCodes.OK, imported.exitCode(), imported.err());
    Path out = tmp.resolve("sparse");

    CliRun sparse =
        CliRun.of(
            "export",
            "--project",
            project.toString(),
            "--format",
            "davis",
            "--frames",
            "labelled",
            "--out",
            out.toString());

    assertEquals(ExitCodes.OK, sparse.exitCode(), sparse.err());
    Path images = out.resolve("JPEGImages/480p/frames");
    try (var files = Files.list(images)) {
      assertEquals(
          List.of("00000.jpg", "00005.jpg", "00008.jpg", "00013.jpg"),
          files.map(f -> f.getFileName().toString()).sorted().toList());
    }
    Path bad = tmp.resolve("bad");
    CliRun refused =
        CliRun.of(
            "export",
            "--project",
            project.toString(),
            "--format",
            "davis",
            "--frames",
            "some",
            "--out",
            bad.toString());
    assertNotEquals(ExitCodes.OK, refused.exitCode());
    assertTrue(refused.err().contains("--frames"), refused.err());
    assertFalse(Files.exists(bad));
  }

  @Test
  void helpListsEveryFormatAndExplainsDenseOrSparse() {
    String help = CliRun.of("export", "--help").out().replaceAll("\\s+", " ");

    String names =
        DatasetFormats.all().stream().map(DatasetFormat::name).collect(Collectors.joining(", "));
    assertTrue(help.contains("Dataset format: " + names + "."), help);
    assertTrue(names.contains("davis-saliency"), names);
    assertTrue(help.contains("--frames labelled (sparse)"), help);
    assertTrue(help.contains("--frames all (dense)"), help);
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
