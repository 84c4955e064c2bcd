package org.inbetween.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.inbetween.app.Main;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The editor asked for in a terminal with no display: a sentence pointing to the command-line
 * tools, exit code {@link ExitCodes#NO_DISPLAY}, no stack trace, and nothing created.
 */
class NoDisplayTest {
  @TempDir Path tmp;

  @Test
  void linuxWithoutDisplayOrWaylandHasNoDisplay() {
    assertTrue(GuiDisplay.missing(Map.of(), "Linux", Optional.empty()));
    assertTrue(GuiDisplay.missing(Map.of("DISPLAY", " "), "Linux", Optional.empty()));
  }

  @Test
  void x11WaylandMacWindowsAndMonocleHaveOne() {
    assertFalse(GuiDisplay.missing(Map.of("DISPLAY", ":0"), "Linux", Optional.empty()));
    assertFalse(
        GuiDisplay.missing(Map.of("WAYLAND_DISPLAY", "wayland-0"), "Linux", Optional.empty()));
    assertFalse(GuiDisplay.missing(Map.of(), "Mac OS X", Optional.empty()));
    assertFalse(GuiDisplay.missing(Map.of(), "Windows 11", Optional.empty()));
    assertFalse(GuiDisplay.missing(Map.of(), "Linux", Optional.of("Monocle")));
  }

  /** Runs the real entry point in a child JVM whose environment has no display. */
  @ParameterizedTest
  @ValueSource(strings = {"", "open"})
  void theEditorWithoutADisplaySaysSoAndPointsToTheCommandLine(String command) throws Exception {
    Path home = Files.createDirectory(tmp.resolve("home"));
    Path video = Files.writeString(tmp.resolve("clip.mp4"), "not looked at");
    List<String> args = command.isEmpty() ? List.of() : List.of(command, video.toString());
    ProcessBuilder builder =
        new ProcessBuilder(
            Stream.concat(
                    Stream.of(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-cp",
                        System.getProperty("java.class.path"),
                        Main.class.getName()),
                    args.stream())
                .toList());
    builder.environment().remove("DISPLAY");
    builder.environment().remove("WAYLAND_DISPLAY");
    builder.environment().put("INBETWEEN_HOME", home.toString());
    Path err = tmp.resolve("err.txt");
    builder.redirectError(err.toFile()).redirectOutput(tmp.resolve("out.txt").toFile());
    Process process = builder.start();
    assertTrue(process.waitFor(2, TimeUnit.MINUTES), "the child JVM ended");

    String message = Files.readString(err);
    assertEquals(ExitCodes.NO_DISPLAY, process.exitValue(), message);
    assertTrue(message.contains("The editor needs a display"), message);
    assertTrue(message.contains("./inbetween help"), message);
    assertFalse(message.contains("Exception") || message.contains("\tat "), message);
    try (Stream<Path> made = Files.list(home)) {
      assertEquals(List.of(), made.toList(), "nothing created in the workspace");
    }
  }

  @Test
  void helpIsTheSameAsDashDashHelp() {
    CliRun help = CliRun.of("help");
    assertEquals(ExitCodes.OK, help.exitCode(), help.err());
    assertEquals(CliRun.of("--help").out(), help.out());
    CliRun importHelp = CliRun.of("help", "import");
    assertEquals(ExitCodes.OK, importHelp.exitCode(), importHelp.err());
    assertEquals(CliRun.of("import", "--help").out(), importHelp.out());
  }
}
