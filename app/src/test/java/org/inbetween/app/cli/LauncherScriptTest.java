package org.inbetween.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code ./inbetween} launcher's first run, with stand-ins for {@code mvn} and {@code java} on
 * the PATH: it says what it is doing, keeps Maven's output (and its colour codes) out of the
 * terminal, and starts Java with JavaFX on the module path (no "Unsupported JavaFX configuration").
 */
class LauncherScriptTest {
  private static final Path LAUNCHER = Path.of("..", "inbetween").toAbsolutePath().normalize();
  private static final char ESC = 27;

  @TempDir Path tmp;

  @Test
  void firstRunBuildsQuietlyInColourlessBatchModeThenStartsJavaFxFromTheModulePath()
      throws Exception {
    Path repo = copyOfTheLauncher();
    Path bin = fakeTools(0);

    Run run = launch(repo, bin);

    assertEquals(0, run.exitCode, run.err);
    assertTrue(run.err.contains("Building Inbetween"), run.err);
    assertTrue(run.err.contains("about 30 s"), run.err);
    assertEquals(-1, run.err.indexOf(ESC), "no terminal codes: " + run.err);
    List<String> mvnArgs = Files.readAllLines(tmp.resolve("mvn-args"));
    assertTrue(mvnArgs.contains("-B") && mvnArgs.contains("-Dstyle.color=never"), "" + mvnArgs);

    List<String> javaArgs = run.out.lines().toList();
    int modulePath = javaArgs.indexOf("--module-path");
    assertTrue(modulePath >= 0, "JavaFX on the module path: " + javaArgs);
    assertTrue(javaArgs.get(modulePath + 1).contains("javafx-graphics"), "" + javaArgs);
    assertTrue(javaArgs.contains("javafx.controls,javafx.swing"), "" + javaArgs);
    String classPath = javaArgs.get(javaArgs.indexOf("-cp") + 1);
    assertFalse(classPath.contains("javafx"), "JavaFX not on the class path: " + classPath);
    assertTrue(classPath.contains("picocli"), classPath);
    assertEquals("org.inbetween.app.Main", javaArgs.get(javaArgs.size() - 2));
    assertEquals("--version", javaArgs.get(javaArgs.size() - 1));
  }

  @Test
  void aFailedBuildShowsTheEndOfItsLogWithoutColourCodes() throws Exception {
    Path repo = copyOfTheLauncher();
    Path bin = fakeTools(1);

    Run run = launch(repo, bin);

    assertEquals(1, run.exitCode, run.err);
    assertTrue(run.err.contains("The build failed"), run.err);
    assertTrue(run.err.contains("COMPILATION ERROR"), run.err);
    assertEquals(-1, run.err.indexOf(ESC), "no terminal codes: " + run.err);
    assertTrue(run.out.isEmpty(), "java never started: " + run.out);
  }

  private Path copyOfTheLauncher() throws IOException {
    Path repo = Files.createDirectory(tmp.resolve("repo"));
    Files.copy(LAUNCHER, repo.resolve("inbetween"));
    Files.writeString(repo.resolve("pom.xml"), "<project/>");
    return repo;
  }

  /** A {@code mvn} that prints colour codes (as quiet Maven 3.8 does) and a {@code java} echo. */
  private Path fakeTools(int mvnExitCode) throws IOException {
    Path bin = Files.createDirectory(tmp.resolve("bin"));
    executable(
        bin.resolve("mvn"),
        "#!/usr/bin/env bash\n"
            + "printf '%s\\n' \"$@\" > '"
            + tmp.resolve("mvn-args")
            + "'\n"
            + "printf '\\033[0m\\033[0m[INFO] Building\\n[ERROR] COMPILATION ERROR\\033[0m\\n'\n"
            + "if [ "
            + mvnExitCode
            + " -ne 0 ]; then exit "
            + mvnExitCode
            + "; fi\n"
            + "mkdir -p app/target/lib\n"
            + "touch app/target/inbetween-app.jar app/target/lib/picocli-4.7.7.jar"
            + " app/target/lib/javafx-graphics-21.0.12-linux.jar\n");
    executable(
        bin.resolve("java"),
        "#!/usr/bin/env bash\n"
            + "if [ \"$1\" = -version ]; then echo 'openjdk version \"17.0.15\"' >&2; exit 0; fi\n"
            + "printf '%s\\n' \"$@\"\n");
    return bin;
  }

  private static void executable(Path file, String script) throws IOException {
    Files.writeString(file, script);
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
  }

  private Run launch(Path repo, Path bin) throws Exception {
    ProcessBuilder builder =
        new ProcessBuilder("bash", repo.resolve("inbetween").toString(), "--version");
    builder.environment().put("PATH", bin + ":/usr/bin:/bin");
    builder.environment().remove("INBETWEEN_JAVA_OPTS");
    builder.redirectOutput(tmp.resolve("out").toFile()).redirectError(tmp.resolve("err").toFile());
    Process process = builder.start();
    assertTrue(process.waitFor(1, TimeUnit.MINUTES), "the launcher ended");
    return new Run(
        process.exitValue(),
        Files.readString(tmp.resolve("out")),
        Files.readString(tmp.resolve("err")));
  }

  private record Run(int exitCode, String out, String err) {}
}
