package org.inbetween.app.exchange.export;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;
import org.inbetween.app.exchange.dataset.DatasetFormat;
import org.inbetween.app.exchange.dataset.DatasetFormats;
import org.inbetween.app.exchange.dataset.DatasetJson;
import org.inbetween.app.exchange.dataset.FrameSet;
import org.inbetween.app.exchange.loaders.XMemVosReader;
import org.inbetween.app.project.FrameState;
import org.inbetween.app.project.store.ProjectStore;
import org.inbetween.app.task.Progress;
import org.inbetween.models.testdata.SharedData;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * YouTube-VOS exports of a real DAVIS sequence labelled on every 5th frame (car-shadow, 40 frames),
 * read by the rules of XMem's training loader: the train part has a PNG for every JPEG, meta.json
 * lists only frames that are there, and every frame is in {@code train_all_frames}.
 */
class YouTubeVosLoadersTest {
  private static final List<String> KEYFRAMES =
      IntStream.range(0, 8).mapToObj(i -> String.format("%05d", i * 5)).toList();

  @TempDir static Path tmp;
  static Path sparse;
  final DatasetFormat format = DatasetFormats.byName("youtube-vos");

  @BeforeAll
  static void project() throws IOException {
    sparse = ExportFixtures.importSparseDavis("car-shadow", 5, tmp.resolve("car-shadow"));
  }

  @Test
  void theTrainPartHasAPngForEveryJpegAndEveryFrameIsInTrainAllFrames() throws IOException {
    Path out = tmp.resolve("dense");
    ExportFixtures.export(sparse, "youtube-vos", out, ExportOptions.defaults());

    Map<String, List<String>> training =
        XMemVosReader.training(out.resolve("train/JPEGImages"), out.resolve("train/Annotations"));
    assertEquals(Map.of("car-shadow", KEYFRAMES), training);
    assertMetaListsOnlyFramesInThePart(out.resolve("train"));
    Path all = out.resolve("train_all_frames/JPEGImages/car-shadow");
    for (int f = 0; f < 40; f++) {
      String name = String.format("%05d.jpg", f);
      assertArrayEquals(
          Files.readAllBytes(SharedData.davis().resolve("JPEGImages/480p/car-shadow/" + name)),
          Files.readAllBytes(all.resolve(name)),
          name);
    }
    assertFalse(Files.exists(out.resolve("valid")), "no val sequence, no valid part");

    Path back = tmp.resolve("back");
    new DatasetImport(new DatasetImportRequest(format, out, Optional.empty(), back, "nobody"))
        .run(Progress.NONE);
    try (ProjectStore store = ProjectStore.open(back)) {
      assertEquals(40, store.project().frameCount());
      assertEquals(FrameState.KEYFRAME, store.project().frame(35).state());
      assertEquals(FrameState.UNLABELLED, store.project().frame(36).state());
    }
  }

  @Test
  void aSparseExportLeavesTheAllFramesFolderOutAndDoesNotImportBack() throws IOException {
    Path out = tmp.resolve("sparse");
    ExportFixtures.export(
        sparse, "youtube-vos", out, ExportOptions.defaults().withFrames(FrameSet.LABELLED));

    assertEquals(
        Map.of("car-shadow", KEYFRAMES),
        XMemVosReader.training(out.resolve("train/JPEGImages"), out.resolve("train/Annotations")));
    assertMetaListsOnlyFramesInThePart(out.resolve("train"));
    assertFalse(Files.exists(out.resolve("train_all_frames")));
    IOException refused =
        assertThrows(
            IOException.class,
            () ->
                new DatasetImport(
                        new DatasetImportRequest(
                            format, out, Optional.empty(), tmp.resolve("none"), "nobody"))
                    .run(Progress.NONE));
    assertTrue(refused.getMessage().contains("--frames all"), refused.getMessage());
  }

  @Test
  void valSequencesGoToTheValidPart() throws IOException {
    Path out = tmp.resolve("val");
    ExportFixtures.export(
        List.of(new ExportInput(sparse, null, "val")), format, out, ExportOptions.defaults());

    assertEquals(
        Map.of("car-shadow", KEYFRAMES),
        XMemVosReader.training(out.resolve("valid/JPEGImages"), out.resolve("valid/Annotations")));
    assertMetaListsOnlyFramesInThePart(out.resolve("valid"));
    assertTrue(Files.isDirectory(out.resolve("valid_all_frames/JPEGImages/car-shadow")));
    assertFalse(Files.exists(out.resolve("train")));
  }

  /** Every frame meta.json lists for an object has its JPEG and PNG, and the object on it. */
  private static void assertMetaListsOnlyFramesInThePart(Path part) throws IOException {
    JsonNode videos = DatasetJson.read(part.resolve("meta.json")).get("videos");
    List<String> listed = new ArrayList<>();
    for (var video : (Iterable<Map.Entry<String, JsonNode>>) videos::fields) {
      for (JsonNode object : video.getValue().get("objects")) {
        for (JsonNode frame : object.get("frames")) {
          String stem = video.getKey() + "/" + frame.asText();
          assertTrue(Files.isRegularFile(part.resolve("JPEGImages/" + stem + ".jpg")), stem);
          assertTrue(Files.isRegularFile(part.resolve("Annotations/" + stem + ".png")), stem);
          listed.add(frame.asText());
        }
      }
    }
    assertEquals(KEYFRAMES, listed, "car-shadow's one object is on every keyframe");
  }
}
