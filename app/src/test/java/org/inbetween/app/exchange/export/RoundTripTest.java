package org.inbetween.app.exchange.export;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.inbetween.app.exchange.dataset.DatasetFormat;
import org.inbetween.app.exchange.dataset.DatasetFormats;
import org.inbetween.app.exchange.dataset.DatasetJson;
import org.inbetween.app.exchange.dataset.FrameSet;
import org.inbetween.app.project.FrameState;
import org.inbetween.app.project.Project;
import org.inbetween.app.project.store.ProjectStore;
import org.inbetween.app.task.Progress;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Export, import the dataset as a new project, export again: every file is byte-identical (masks,
 * frames, index files) and the manifests agree apart from {@code exportedAt}. The demo project has
 * three objects that leave and re-enter, absent marks, empty frames, and accepted, rejected,
 * corrected and unreviewed pseudo-labels. A project comes back whole only from a dense export
 * ({@link FrameSet#ALL}: every frame's image), which the formats other than COCO write by default.
 */
class RoundTripTest {
  @TempDir static Path tmp;
  static Path demo;
  static Path judo;

  @BeforeAll
  static void projects() throws IOException {
    demo = ExportFixtures.reviewedDemo(tmp.resolve("demo"));
    judo = ExportFixtures.importJudo(tmp.resolve("judo"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"davis", "youtube-vos", "coco"})
  void demoExportImportExportIsLossless(String formatName) throws IOException {
    assertLosslessRoundTrip(
        demo, formatName, new ExportOptions(Selection.ALL_PSEUDO, 1, 0, FrameSet.ALL));
  }

  /** Sparse palette masks with four objects, most frames unlabelled, JPEG frames copied. */
  @ParameterizedTest
  @ValueSource(strings = {"davis", "youtube-vos", "coco"})
  void judoExportImportExportIsLossless(String formatName) throws IOException {
    assertLosslessRoundTrip(judo, formatName, ExportOptions.defaults().withFrames(FrameSet.ALL));
  }

  private static void assertLosslessRoundTrip(
      Path project, String formatName, ExportOptions options) throws IOException {
    DatasetFormat format = DatasetFormats.byName(formatName);
    String name = project.getFileName().toString();
    Path first = tmp.resolve(name + "-" + formatName + "-first");
    ExportFixtures.export(project, formatName, first, options);

    Path reimported = tmp.resolve(name + "-" + formatName + "-reimported").resolve(name);
    new DatasetImport(
            new DatasetImportRequest(format, first, Optional.of(name), reimported, "nobody"))
        .run(Progress.NONE);
    assertSameStates(project, reimported);
    Path second = tmp.resolve(name + "-" + formatName + "-second");
    ExportFixtures.export(reimported, formatName, second, options);

    List<Path> files = relativeFiles(first);
    assertEquals(files, relativeFiles(second));
    for (Path file : files) {
      if (file.toString().equals(ExportManifest.FILE_NAME)) {
        assertEquals(
            withoutExportTime(first.resolve(file)), withoutExportTime(second.resolve(file)));
      } else {
        assertArrayEquals(
            Files.readAllBytes(first.resolve(file)),
            Files.readAllBytes(second.resolve(file)),
            file.toString());
      }
    }
  }

  /** Every frame comes back in the state it was exported from; rejected ones have no label. */
  private static void assertSameStates(Path original, Path reimported) throws IOException {
    try (ProjectStore a = ProjectStore.open(original);
        ProjectStore b = ProjectStore.open(reimported)) {
      Project before = a.project();
      Project after = b.project();
      assertEquals(before.objects(), after.objects());
      assertEquals(before.keyframeInterval(), after.keyframeInterval());
      for (int f = 0; f < before.frameCount(); f++) {
        FrameState expected = before.frame(f).state();
        if (expected == FrameState.REJECTED) {
          expected = FrameState.UNLABELLED;
        }
        assertEquals(expected, after.frame(f).state(), "frame " + f);
      }
    }
  }

  private static JsonNode withoutExportTime(Path manifest) throws IOException {
    ObjectNode tree = (ObjectNode) DatasetJson.read(manifest);
    tree.remove("exportedAt");
    return tree;
  }

  private static List<Path> relativeFiles(Path root) throws IOException {
    try (Stream<Path> files = Files.walk(root)) {
      return files.filter(Files::isRegularFile).map(root::relativize).sorted().toList();
    }
  }
}
