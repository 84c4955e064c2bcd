package org.inbetween.app.ui.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Closing the editor while a job runs ends the process cleanly. Closing the window after Ctrl+G
 * used to abort the JVM ({@code free(): invalid pointer}, exit 134): the window closed the project
 * and the process exited while the job's worker was still inside libtorch or OpenCV. Each job kind
 * runs in a child process ({@link CloseAfterJobsProbe}), since an abort would take the test JVM
 * down with it.
 */
class CloseAfterJobsTest {
  /** Only reached when the child hangs; never a measure of speed. */
  private static final long PATIENCE_SECONDS = 400;

  private static final List<String> NATIVE_CRASHES =
      List.of("free()", "double free", "sigsegv", "fatal error", "corrupted", "core dumped");

  @TempDir Path temporary;

  @ParameterizedTest
  @ValueSource(strings = {"fgplg", "warp", "predict", "export"})
  void closingTheWindowWhileAJobRunsExitsCleanly(String kind) throws Exception {
    Path stdout = temporary.resolve("out.txt");
    Path stderr = temporary.resolve("err.txt");
    Process child =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                System.getProperty("java.class.path"),
                CloseAfterJobsProbe.class.getName(),
                temporary.resolve("demo").toString(),
                kind)
            .redirectOutput(stdout.toFile())
            .redirectError(stderr.toFile())
            .start();
    boolean ended = child.waitFor(PATIENCE_SECONDS, TimeUnit.SECONDS);
    if (!ended) {
      child.destroyForcibly().waitFor();
    }
    String errors = read(stderr);
    assertTrue(ended, "the process did not end after the window closed: " + errors);
    String lower = errors.toLowerCase(Locale.ROOT);
    NATIVE_CRASHES.forEach(
        crash -> assertFalse(lower.contains(crash), "native crash (" + crash + "): " + errors));
    assertEquals(0, child.exitValue(), "exit code; stderr: " + errors);
    assertTrue(read(stdout).contains("closed"), "the window closed");
  }

  private static String read(Path file) throws IOException {
    return Files.readString(file, StandardCharsets.UTF_8);
  }
}
