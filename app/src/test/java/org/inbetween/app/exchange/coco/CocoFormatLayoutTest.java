package org.inbetween.app.exchange.coco;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.inbetween.app.exchange.dataset.DatasetObject;
import org.inbetween.app.exchange.dataset.DatasetReader;
import org.inbetween.models.image.Masks;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The JSON of the tiny export, entry by entry, as COCO tools expect it. */
class CocoFormatLayoutTest {
  @TempDir Path tmp;

  @Test
  void writesVideosImagesAnnotationsAndCategories() throws IOException {
    Path root = TinyCocoDataset.write(tmp.resolve("tiny"));
    JsonNode json = CocoJson.MAPPER.readTree(root.resolve("annotations.json").toFile());

    JsonNode video = json.get("videos").get(0);
    assertEquals("tiny", video.get("name").asText());
    assertEquals(25.0, video.get("fps").asDouble());
    assertEquals(3, json.get("images").size());
    JsonNode image = json.get("images").get(1);
    assertEquals("tiny/00001.png", image.get("file_name").asText());
    assertEquals(1, image.get("frame_index").asInt());
    assertEquals(false, image.get("labelled").asBoolean());
    assertTrue(Files.isRegularFile(root.resolve("images/tiny/00002.png")));

    // Frame 0 only: the unlabelled and the empty frame have no annotations.
    JsonNode annotations = json.get("annotations");
    assertEquals(2, annotations.size());
    // Ring: columns 111 101 111 -> [0, 4, 1, 4] -> "0410" (see CocoRleTest).
    assertAnnotation(annotations.get(0), 1, 1, "0410", 8, List.of(0, 0, 3, 3));
    // Dot in the hole: columns 000 010 000 -> [4, 1, 4]; i=2 is no delta -> "414".
    assertAnnotation(annotations.get(1), 2, 2, "414", 1, List.of(1, 1, 1, 1));
    assertEquals("ring", json.get("categories").get(0).get("name").asText());
    assertEquals("dot", json.get("categories").get(1).get("name").asText());
  }

  @Test
  void readsBackTheHoleAndTheEmptyFrame() throws IOException {
    Path root = TinyCocoDataset.write(tmp.resolve("tiny"));
    try (DatasetReader reader = new CocoFormat().reader(root)) {
      assertEquals(
          List.of(new DatasetObject(1, "ring"), new DatasetObject(2, "dot")),
          reader.sequences().get(0).objects());
      assertEquals(List.of(0, 1, 2), reader.frames("tiny"));
      assertEquals(
          Optional.of(Masks.fromLabels(0, 3, 3, TinyCocoDataset.RING_AND_DOT)),
          reader.mask("tiny", 0));
      assertEquals(Optional.empty(), reader.mask("tiny", 1));
      assertEquals(Optional.of(Masks.empty(2, 3, 3)), reader.mask("tiny", 2));
    }
  }

  private static void assertAnnotation(
      JsonNode annotation,
      int objectId,
      int categoryId,
      String counts,
      int area,
      List<Integer> bbox) {
    assertEquals(objectId, annotation.get("object_id").asInt());
    assertEquals(categoryId, annotation.get("category_id").asInt());
    assertEquals(1, annotation.get("image_id").asInt());
    assertEquals(counts, annotation.get("segmentation").get("counts").asText());
    assertEquals("[3,3]", annotation.get("segmentation").get("size").toString());
    assertEquals(area, annotation.get("area").asInt());
    assertEquals(bbox.toString().replace(" ", ""), annotation.get("bbox").toString());
    assertEquals(0, annotation.get("iscrowd").asInt());
  }
}
