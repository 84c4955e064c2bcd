package org.inbetween.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.inbetween.models.testdata.SharedData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;

/** What scripts rely on: help everywhere, stable exit codes, and info's report. */
class CliContractTest {
  @TempDir Path tmp;

  @ParameterizedTest
  @ValueSource(
      strings = {
        "open",
        "import",
        "info",
        "rename",
        "flow",
        "eval",
        "quality",
        "suggest",
        "pseudo-label",
        "bench",
        "export",
        "import-dataset",
        "adapt",
        "adapt-kmn",
        "predict"
      })
  void everyCommandHasHelp(String command) {
    CliRun run = CliRun.of(command, "--help");
    assertEquals(ExitCodes.OK, run.exitCode());
    assertTrue(run.out().startsWith("Usage: inbetween " + command), run.out());
  }

  @Test
  void everyRegisteredCommandIsCoveredAbove() {
    CommandLine cli =
        InbetweenCli.create(
            new java.io.PrintWriter(java.io.Writer.nullWriter()),
            new java.io.PrintWriter(java.io.Writer.nullWriter()));
    assertEquals(
        java.util.Set.of(
            "open",
            "import",
            "info",
            "rename",
            "flow",
            "eval",
            "quality",
            "suggest",
            "pseudo-label",
            "bench",
            "export",
            "import-dataset",
            "train",
            "adapt",
            "adapt-kmn",
            "predict",
            "help"),
        cli.getSubcommands().keySet());
  }

  @ParameterizedTest
  @ValueSource(strings = {"fgplg", "kmn", "ner"})
  void everyTrainCommandHasHelp(String command) {
    CliRun run = CliRun.of("train", command, "--help");
    assertEquals(ExitCodes.OK, run.exitCode());
    assertTrue(run.out().startsWith("Usage: inbetween train " + command), run.out());
  }

  @Test
  void everyTrainCommandIsCoveredAbove() {
    CommandLine cli =
        InbetweenCli.create(
            new java.io.PrintWriter(java.io.Writer.nullWriter()),
            new java.io.PrintWriter(java.io.Writer.nullWriter()));
    assertEquals(
        java.util.Set.of("fgplg", "kmn", "ner"),
        cli.getSubcommands().get("train").getSubcommands().keySet());
  }

  @Test
  void unknownCommandOrOptionIsAUsageError() {
    assertEquals(ExitCodes.USAGE, CliRun.of("frobnicate").exitCode());
    assertEquals(ExitCodes.USAGE, CliRun.of("info", "--bogus").exitCode());
  }

  @Test
  void infoOnAMissingProjectIsBadInputNamingTheFolder() {
    CliRun run = CliRun.of("info", "--project", tmp.resolve("nowhere").toString());
    assertEquals(ExitCodes.BAD_INPUT, run.exitCode());
    assertTrue(run.err().contains("nowhere"), run.err());
  }

  @Test
  void infoReportsFramesSizeObjectsAndStates() {
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
            "--interval",
            "4",
            "--project",
            project.toString());
    assertEquals(ExitCodes.OK, imported.exitCode(), imported.err());

    CliRun info = CliRun.of("info", "--project", project.toString());

    assertEquals(ExitCodes.OK, info.exitCode(), info.err());
    String out = info.out();
    assertTrue(out.contains("Frames     16"), out);
    assertTrue(out.contains("Frame size 854x480"), out);
    assertTrue(out.contains("every 4 frames"), out);
    assertTrue(out.contains("Objects    4"), out);
    assertTrue(out.matches("(?s).*KEYFRAME\\s+4\\b.*"), out);
    assertTrue(out.matches("(?s).*UNLABELLED\\s+12\\b.*"), out);
  }
}
