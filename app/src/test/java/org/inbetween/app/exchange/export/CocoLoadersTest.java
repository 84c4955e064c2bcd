package org.inbetween.app.exchange.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.inbetween.app.exchange.dataset.DatasetJson;
import org.inbetween.app.exchange.dataset.FrameSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * COCO exports of a real DAVIS sequence labelled on every 5th frame, checked as stock COCO tools
 * read them: an image without annotations is an image that shows no object (COCOeval counts every
 * detection there as a false positive), so by default every image has at least one annotation.
 */
class CocoLoadersTest {
  @TempDir static Path tmp;
  static Path sparse;

  @BeforeAll
  static void project() throws IOException {
    sparse = ExportFixtures.importSparseDavis("car-shadow", 5, tmp.resolve("car-shadow"));
  }

  @Test
  void byDefaultEveryImageHasAnAnnotationAndAFile() throws IOException {
    Path out = tmp.resolve("default");
    ExportFixtures.export(sparse, "coco", out, ExportOptions.defaults());

    JsonNode json = DatasetJson.read(out.resolve("annotations.json"));
    Map<Integer, Integer> annotationsPerImage = annotationsPerImage(json);
    assertEquals(8, json.get("images").size());
    for (JsonNode image : json.get("images")) {
      int id = image.get("id").asInt();
      assertTrue(annotationsPerImage.getOrDefault(id, 0) >= 1, "image " + id + " unannotated");
      assertTrue(
          Files.isRegularFile(out.resolve("images").resolve(image.get("file_name").asText())));
      assertEquals(0, image.get("frame_index").asInt() % 5);
    }
    assertEquals(FrameSet.LABELLED, ExportManifest.read(out).orElseThrow().options().frames());
  }

  @Test
  void framesAllKeepsUnlabelledImagesMarkedAsSuch() throws IOException {
    Path out = tmp.resolve("all");
    ExportFixtures.export(sparse, "coco", out, ExportOptions.defaults().withFrames(FrameSet.ALL));

    JsonNode json = DatasetJson.read(out.resolve("annotations.json"));
    Map<Integer, Integer> annotationsPerImage = annotationsPerImage(json);
    assertEquals(40, json.get("images").size());
    int unlabelled = 0;
    for (JsonNode image : json.get("images")) {
      boolean labelled = image.get("labelled").asBoolean();
      assertEquals(labelled, annotationsPerImage.containsKey(image.get("id").asInt()));
      unlabelled += labelled ? 0 : 1;
    }
    assertEquals(32, unlabelled);
  }

  private static Map<Integer, Integer> annotationsPerImage(JsonNode json) {
    Map<Integer, Integer> counts = new HashMap<>();
    json.get("annotations").forEach(a -> counts.merge(a.get("image_id").asInt(), 1, Integer::sum));
    return counts;
  }
}
