package org.inbetween.app.exchange.export;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.inbetween.app.exchange.ImportRequest;
import org.inbetween.app.exchange.MaskSizePolicy;
import org.inbetween.app.exchange.ProjectImport;
import org.inbetween.app.exchange.dataset.DatasetFormats;
import org.inbetween.app.exchange.dataset.FrameSet;
import org.inbetween.app.exchange.loaders.Davis2017Reader;
import org.inbetween.app.exchange.loaders.XMemVosReader;
import org.inbetween.app.task.Progress;
import org.inbetween.models.testdata.SharedData;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * DAVIS exports read by the rules of the DAVIS 2017 toolkit and of XMem, on real DAVIS sequences:
 * dog-agility labelled on every frame (train), car-shadow labelled on every 5th frame (val), and
 * dog-agility's frames without any label (val).
 */
class DavisLoadersTest {
  private static final List<String> CAR_SHADOW_KEYFRAMES =
      IntStream.range(0, 8).mapToObj(i -> String.format("%05d", i * 5)).toList();

  @TempDir static Path tmp;
  static List<ExportInput> inputs;

  @BeforeAll
  static void projects() throws IOException {
    Path dense = ExportFixtures.importDavis("dog-agility", tmp.resolve("dog-agility"));
    Path sparse = ExportFixtures.importSparseDavis("car-shadow", 5, tmp.resolve("car-shadow"));
    Path unlabelled = tmp.resolve("unlabelled");
    new ProjectImport(
            new ImportRequest(
                SharedData.davis().resolve("JPEGImages/480p/dog-agility"),
                Optional.empty(),
                unlabelled,
                5,
                MaskSizePolicy.REFUSE,
                "nobody"))
        .run(Progress.NONE);
    inputs =
        List.of(
            new ExportInput(dense, null, "train"),
            new ExportInput(sparse, null, "val"),
            new ExportInput(unlabelled, "no-labels", "val"));
  }

  @Test
  void aSparseExportReadsInTheDavis2017ToolkitAndXMem() throws IOException {
    Path out = export("sparse", ExportOptions.defaults().withFrames(FrameSet.LABELLED));

    List<Davis2017Reader.Sequence> train = Davis2017Reader.read(out, "train");
    assertEquals(1, train.size());
    assertEquals("dog-agility", train.get(0).name());
    assertEquals(25, train.get(0).frames().size());
    assertEquals(
        List.of(new Davis2017Reader.Sequence("car-shadow", CAR_SHADOW_KEYFRAMES)),
        Davis2017Reader.read(out, "val"));
    Map<String, List<String>> training =
        XMemVosReader.training(out.resolve("JPEGImages/480p"), out.resolve("Annotations/480p"));
    assertEquals(CAR_SHADOW_KEYFRAMES, training.get("car-shadow"));
    assertEquals(25, training.get("dog-agility").size());
    assertEquals(List.of(), training.get("no-labels"), "no label, no image");
    assertEquals(Map.of("car-shadow", "00000"), XMemVosReader.davisEvaluation(out));
    assertEquals(8, Files.readAllLines(out.resolve("ImageSets/480p/val.txt")).size());
    String kept = "JPEGImages/480p/car-shadow/00035.jpg";
    assertArrayEquals(
        Files.readAllBytes(SharedData.davis().resolve(kept)),
        Files.readAllBytes(out.resolve(kept)));
    assertEquals(FrameSet.LABELLED, ExportManifest.read(out).orElseThrow().options().frames());
  }

  @Test
  void aDenseExportKeepsEveryFrameWhichPositionPairingReadersRefuse() throws IOException {
    Path out = export("dense", ExportOptions.defaults());

    assertEquals(40, count(out.resolve("JPEGImages/480p/car-shadow")));
    assertEquals(8, count(out.resolve("Annotations/480p/car-shadow")));
    assertEquals(
        List.of("dog-agility"), Files.readAllLines(out.resolve("ImageSets/2017/train.txt")));
    assertEquals(List.of("car-shadow"), Files.readAllLines(out.resolve("ImageSets/2017/val.txt")));
    assertEquals(25, Davis2017Reader.read(out, "train").get(0).frames().size());
    IOException misaligned =
        assertThrows(IOException.class, () -> Davis2017Reader.read(out, "val"));
    assertTrue(misaligned.getMessage().contains("00005.png"), misaligned.getMessage());
    assertThrows(
        IOException.class,
        () ->
            XMemVosReader.training(
                out.resolve("JPEGImages/480p"), out.resolve("Annotations/480p")));
    // XMem's evaluation finds the first mask by name, so it reads the dense export as well.
    assertEquals(Map.of("car-shadow", "00000"), XMemVosReader.davisEvaluation(out));
    assertEquals(FrameSet.ALL, ExportManifest.read(out).orElseThrow().options().frames());
  }

  private static Path export(String name, ExportOptions options) throws IOException {
    Path out = tmp.resolve(name);
    ExportFixtures.export(inputs, DatasetFormats.byName("davis"), out, options);
    return out;
  }

  private static long count(Path folder) throws IOException {
    try (Stream<Path> files = Files.list(folder)) {
      return files.count();
    }
  }
}
