package org.inbetween.app.exchange.coco;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import javax.imageio.ImageIO;
import org.inbetween.app.exchange.dataset.DatasetFormat;
import org.inbetween.app.exchange.dataset.DatasetObject;
import org.inbetween.app.exchange.dataset.DatasetReader;
import org.inbetween.app.exchange.dataset.DatasetSequence;
import org.inbetween.app.exchange.dataset.DatasetWriter;
import org.inbetween.app.video.demo.DemoVideo;
import org.inbetween.models.image.LabelMask;
import org.inbetween.models.image.Masks;
import org.inbetween.models.image.RgbImage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Export, import, export again: the annotation JSON and the images come out byte-identical and
 * every mask equal, across two sequences, unlabelled frames, an empty labelled frame, and objects
 * that leave (2 after frame 97), enter (3 at 52) and leave and re-enter (1, removed on frame 60).
 */
class CocoFormatRoundTripTest {
  private static final int[] FRAMES = {0, 20, 40, 51, 52, 60, 80, 97, 98, 110, 130, 149};
  private static final int UNLABELLED = 20;
  private static final int EMPTY = 110;
  private static final int WITHOUT_OBJECT_1 = 60;

  @TempDir Path tmp;

  private final CocoFormat format = new CocoFormat();

  @Test
  void exportImportExportIsLossless() throws IOException {
    Map<String, Map<Integer, LabelMask>> written = new LinkedHashMap<>();
    Path first = tmp.resolve("first");
    try (DatasetWriter writer = format.writer(first)) {
      written.put("demo", writeDemo(writer, "demo", DemoVideo.DEFAULT_SEED, "train"));
      written.put("demo-b", writeDemo(writer, "demo-b", 7L, "val"));
    }
    Path second = tmp.resolve("second");
    try (DatasetReader reader = format.reader(first);
        DatasetWriter writer = format.writer(second)) {
      copy(reader, writer, written);
    }

    assertArrayEquals(
        Files.readAllBytes(first.resolve("annotations.json")),
        Files.readAllBytes(second.resolve("annotations.json")));
    for (int index : FRAMES) {
      String png = "images/demo/" + String.format("%05d", index) + ".png";
      assertArrayEquals(
          Files.readAllBytes(first.resolve(png)), Files.readAllBytes(second.resolve(png)), png);
    }
  }

  @Test
  void framesComeBackPixelForPixel() throws IOException {
    Path root = tmp.resolve("export");
    try (DatasetWriter writer = format.writer(root)) {
      writeDemo(writer, "demo", DemoVideo.DEFAULT_SEED, "");
    }
    try (DatasetReader reader = format.reader(root);
        DemoVideo demo = new DemoVideo()) {
      for (int index : new int[] {0, 52, 149}) {
        assertEquals(demo.frame(index), read(reader.image("demo", index)));
      }
    }
  }

  @Test
  void serviceLoaderFindsTheFormat() {
    assertTrue(
        ServiceLoader.load(DatasetFormat.class).stream()
            .anyMatch(p -> p.get().name().equals("coco") && p.type() == CocoFormat.class));
  }

  /** Writes the chosen demo frames; returns the masks written (null entries for unlabelled). */
  private static Map<Integer, LabelMask> writeDemo(
      DatasetWriter writer, String name, long seed, String split) throws IOException {
    // Objects 1 and 3 share a name, so they share a category and only object_id tells them apart.
    List<DatasetObject> objects =
        List.of(
            new DatasetObject(1, "shape"),
            new DatasetObject(2, "pentagon"),
            new DatasetObject(3, "shape"));
    writer.beginSequence(
        new DatasetSequence(
            name, DemoVideo.WIDTH, DemoVideo.HEIGHT, DemoVideo.FPS, objects, split));
    Map<Integer, LabelMask> masks = new LinkedHashMap<>();
    try (DemoVideo demo = new DemoVideo(seed)) {
      for (int index : FRAMES) {
        LabelMask mask = demo.groundTruth(index);
        if (index == UNLABELLED) {
          mask = null;
        } else if (index == EMPTY) {
          mask = Masks.empty(index, DemoVideo.WIDTH, DemoVideo.HEIGHT);
        } else if (index == WITHOUT_OBJECT_1) {
          mask = mask.withoutObject(1);
        }
        masks.put(index, mask);
        writer.frame(index, demo.frame(index), mask);
      }
    }
    return masks;
  }

  /** What an importer followed by an exporter does: every frame, image and mask, in order. */
  private static void copy(
      DatasetReader reader, DatasetWriter writer, Map<String, Map<Integer, LabelMask>> expected)
      throws IOException {
    List<String> names = new ArrayList<>();
    for (DatasetSequence sequence : reader.sequences()) {
      names.add(sequence.name());
      writer.beginSequence(sequence);
      Map<Integer, LabelMask> masks = expected.get(sequence.name());
      assertEquals(List.copyOf(masks.keySet()), reader.frames(sequence.name()));
      for (int index : reader.frames(sequence.name())) {
        Optional<LabelMask> mask = reader.mask(sequence.name(), index);
        assertEquals(Optional.ofNullable(masks.get(index)), mask, sequence.name() + " " + index);
        writer.frame(index, read(reader.image(sequence.name(), index)), mask.orElse(null));
      }
    }
    assertEquals(List.of("demo", "demo-b"), names);
    assertEquals("val", reader.sequences().get(1).split());
    assertEquals(DemoVideo.FPS, reader.sequences().get(0).fps());
  }

  private static RgbImage read(Path png) throws IOException {
    return RgbImage.fromBufferedImage(ImageIO.read(png.toFile()));
  }
}
