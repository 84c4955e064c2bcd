package org.inbetween.app.exchange.coco;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.inbetween.app.exchange.dataset.DatasetReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Broken COCO files fail on open with a message that names the file and the problem. */
class CocoFormatRefusalTest {
  @TempDir Path tmp;

  static Stream<Arguments> corruptions() {
    return Stream.of(
        Arguments.of("\"categories\"", "\"categories\" [", "not valid JSON"),
        Arguments.of(
            "\"0410\"",
            "\"0~10\"",
            "annotation 1 (image 1): bad RLE: " + "RLE string has an invalid character"),
        Arguments.of("\"414\"", "\"41\"", "annotation 2 (image 1): bad RLE: RLE runs cover 5"),
        // The first object_id 2 is the video's object list: object 2 is then undeclared.
        Arguments.of(
            "\"object_id\" : 2", "\"object_id\" : 7", "annotation 2: object 2 is not one of"),
        Arguments.of("\"image_id\" : 1,", "\"image_id\" : 9,", "refers to image 9"),
        Arguments.of("\"video_id\" : 1,", "\"video_id\" : 4,", "refers to video 4"),
        Arguments.of("\"counts\" : \"414\"", "\"counts\" : [4, 1, 3]", "cover 8 pixels"));
  }

  @ParameterizedTest
  @MethodSource("corruptions")
  void refusesOnOpen(String original, String replacement, String problem) throws IOException {
    Path root = TinyCocoDataset.write(tmp.resolve("tiny"));
    Path json = corrupt(root, original, replacement);

    IOException e = assertThrows(IOException.class, () -> new CocoFormat().reader(root));
    assertMessage(e, json.toString(), problem);
  }

  @Test
  void refusesPolygons() throws IOException {
    Path root = TinyCocoDataset.write(tmp.resolve("tiny"));
    String text = Files.readString(root.resolve("annotations.json"));
    int start = text.indexOf("\"segmentation\"");
    int end = text.indexOf("}", start) + 1;
    Files.writeString(
        root.resolve("annotations.json"),
        text.substring(0, start) + "\"segmentation\" : [[0, 0, 2, 0, 2, 2]]" + text.substring(end));

    IOException e = assertThrows(IOException.class, () -> new CocoFormat().reader(root));
    assertMessage(e, "annotations.json", "segmentation is a polygon");
  }

  @Test
  void refusesOverlappingAnnotationsNamingTheImage() throws IOException {
    // The dot becomes the full 3x3 square ([0, 9] -> "09"), covering the ring.
    Path root = TinyCocoDataset.write(tmp.resolve("tiny"));
    Path json = corrupt(root, "\"414\"", "\"09\"");

    try (DatasetReader reader = new CocoFormat().reader(root)) {
      IOException e = assertThrows(IOException.class, () -> reader.mask("tiny", 0));
      assertMessage(e, json.toString(), "image 1 (tiny frame 0): annotations 1 and 2 overlap");
    }
  }

  @Test
  void refusesFileNamesThatLeaveTheImagesFolder() throws IOException {
    Path root = TinyCocoDataset.write(tmp.resolve("tiny"));
    corrupt(root, "\"tiny/00000.png\"", "\"../../secret.png\"");

    try (DatasetReader reader = new CocoFormat().reader(root)) {
      IOException e = assertThrows(IOException.class, () -> reader.image("tiny", 0));
      assertMessage(e, "annotations.json", "leaves the images folder");
    }
  }

  @Test
  void refusesAFolderWithoutAnnotations() {
    IOException e = assertThrows(IOException.class, () -> new CocoFormat().reader(tmp));
    assertMessage(e, tmp.resolve("annotations.json").toString(), "no such file");
  }

  private static Path corrupt(Path root, String original, String replacement) throws IOException {
    Path json = root.resolve("annotations.json");
    String text = Files.readString(json, StandardCharsets.UTF_8);
    assertTrue(text.contains(original), "test setup: " + original + " not in the file");
    Files.writeString(
        json,
        text.replaceFirst(
            java.util.regex.Pattern.quote(original),
            java.util.regex.Matcher.quoteReplacement(replacement)),
        StandardCharsets.UTF_8);
    return json;
  }

  private static void assertMessage(IOException e, String file, String problem) {
    assertTrue(e.getMessage().contains(file), e.getMessage());
    assertTrue(e.getMessage().contains(problem), e.getMessage());
  }
}
