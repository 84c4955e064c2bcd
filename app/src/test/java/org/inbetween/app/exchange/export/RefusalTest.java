package org.inbetween.app.exchange.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.stream.Stream;
import org.inbetween.app.exchange.dataset.DatasetFormats;
import org.inbetween.app.task.Progress;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Unsafe or colliding names are refused before anything is written; exports are atomic. */
class RefusalTest {
  @TempDir static Path tmp;
  static Path project;

  @BeforeAll
  static void demo() throws IOException {
    project = ExportFixtures.reviewedDemo(tmp.resolve("demo"));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"../escape", "..", "/etc/abs", "a/b", "a\\b", "", "two words", "-flag", "é"})
  void unsafeNamesAreRefusedNamingTheName(String name) throws IOException {
    Path out = tmp.resolve("out-unsafe");
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> export(List.of(new ExportInput(project, name, "train")), out, Progress.NONE));

    assertTrue(e.getMessage().contains("\"" + name + "\""), e.getMessage());
    assertFalse(Files.exists(out));
  }

  @Test
  void namesThatCollideEvenByCaseAreRefused() {
    Path out = tmp.resolve("out-collide");
    List<ExportInput> inputs =
        List.of(new ExportInput(project, "demo", "train"), new ExportInput(project, "DEMO", "val"));

    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> export(inputs, out, Progress.NONE));

    assertTrue(e.getMessage().contains("\"DEMO\""), e.getMessage());
    assertFalse(Files.exists(out));
  }

  @Test
  void cancelledExportLeavesNoDatasetAndNoStagingFolder() throws IOException {
    Path parent = Files.createDirectories(tmp.resolve("cancel"));
    Path out = parent.resolve("dataset");
    Progress cancelAfterTen = new CancelAfter(10);

    assertThrows(
        CancellationException.class,
        () -> export(List.of(ExportInput.of(project)), out, cancelAfterTen));

    assertEquals(List.of(), list(parent));
  }

  @Test
  void failedExportLeavesNoDatasetAndNoStagingFolder() throws IOException {
    Path parent = Files.createDirectories(tmp.resolve("fail"));
    Path out = parent.resolve("dataset");
    List<ExportInput> inputs =
        List.of(
            new ExportInput(project, "first", "train"),
            new ExportInput(project, "second", "no-such-split"));

    assertThrows(IllegalArgumentException.class, () -> export(inputs, out, Progress.NONE));

    assertEquals(List.of(), list(parent));
  }

  @Test
  void aTargetThatIsNotEmptyIsRefused() throws IOException {
    Path out = Files.createDirectories(tmp.resolve("taken"));
    Files.writeString(out.resolve("keep.txt"), "mine");

    assertThrows(
        IOException.class, () -> export(List.of(ExportInput.of(project)), out, Progress.NONE));

    assertEquals(List.of(out.resolve("keep.txt")), list(out));
  }

  private static void export(List<ExportInput> inputs, Path out, Progress progress)
      throws IOException {
    new ProjectExport(
            new ExportRequest(
                inputs, DatasetFormats.byName("davis"), out, ExportOptions.defaults()))
        .run(progress);
  }

  private static List<Path> list(Path folder) throws IOException {
    try (Stream<Path> entries = Files.list(folder)) {
      return entries.toList();
    }
  }

  /** Asks to stop once {@code limit} frames are done. */
  private static final class CancelAfter implements Progress {
    private final int limit;
    private long done;

    CancelAfter(int limit) {
      this.limit = limit;
    }

    @Override
    public void update(long done, long total, String message) {
      this.done = done;
    }

    @Override
    public boolean isCancelled() {
      return done >= limit;
    }
  }
}
