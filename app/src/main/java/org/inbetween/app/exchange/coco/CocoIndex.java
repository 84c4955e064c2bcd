package org.inbetween.app.exchange.coco;

import static org.inbetween.app.exchange.coco.CocoJson.require;
import static org.inbetween.app.exchange.coco.CocoJson.requireArray;
import static org.inbetween.app.exchange.coco.CocoJson.requireInt;
import static org.inbetween.app.exchange.coco.CocoJson.requireText;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.inbetween.app.exchange.dataset.DatasetObject;
import org.inbetween.app.exchange.dataset.DatasetSequence;

/**
 * The parsed content of an {@code annotations.json}: videos with their frames, each frame with its
 * annotations, every cross-reference checked. RLE strings are decompressed here so that a bad one
 * fails on open; masks are only painted when asked for.
 */
final class CocoIndex {
  /** One annotation: the label value and its run lengths. */
  record Annotation(int id, int objectId, CocoRle rle) {}

  /** One image entry of a video. */
  record Frame(
      int imageId, int index, String fileName, boolean labelled, List<Annotation> objects) {}

  /** One video: the sequence it describes and its frames by index. */
  record Video(DatasetSequence sequence, TreeMap<Integer, Frame> frames) {}

  private final Map<String, Video> videos = new LinkedHashMap<>();

  private CocoIndex() {}

  Map<String, Video> videos() {
    return videos;
  }

  /**
   * @throws IllegalArgumentException naming the entry that is missing, malformed or inconsistent
   */
  static CocoIndex parse(JsonNode document) {
    Map<Integer, String> categories = categories(document);
    Map<Integer, JsonNode> videoNodes = byId(requireArray(document, "videos", "the file"), "video");
    Map<Integer, JsonNode> imageNodes = byId(requireArray(document, "images", "the file"), "image");
    Map<Integer, List<Annotation>> annotationsByImage = new HashMap<>();
    Map<Integer, List<JsonNode>> imagesByVideo = new HashMap<>();
    for (JsonNode image : imageNodes.values()) {
      int videoId = requireInt(image, "video_id", "image");
      if (!videoNodes.containsKey(videoId)) {
        throw new IllegalArgumentException(
            "image "
                + requireInt(image, "id", "image")
                + " refers to video "
                + videoId
                + ", not listed");
      }
      imagesByVideo.computeIfAbsent(videoId, id -> new ArrayList<>()).add(image);
    }
    for (JsonNode node : requireArray(document, "annotations", "the file")) {
      int imageId = requireInt(node, "image_id", "annotation");
      JsonNode image = imageNodes.get(imageId);
      String where = "annotation " + requireInt(node, "id", "annotation");
      if (image == null) {
        throw new IllegalArgumentException(where + " refers to image " + imageId + ", not listed");
      }
      annotationsByImage
          .computeIfAbsent(imageId, id -> new ArrayList<>())
          .add(annotation(node, where, image));
    }
    CocoIndex index = new CocoIndex();
    for (Map.Entry<Integer, JsonNode> video : videoNodes.entrySet()) {
      index.addVideo(
          video.getKey(),
          video.getValue(),
          categories,
          imagesByVideo.getOrDefault(video.getKey(), List.of()),
          annotationsByImage);
    }
    return index;
  }

  private void addVideo(
      int videoId,
      JsonNode node,
      Map<Integer, String> categories,
      List<JsonNode> images,
      Map<Integer, List<Annotation>> annotationsByImage) {
    String where = "video " + videoId;
    String name = requireText(node, "name", where);
    if (videos.containsKey(name)) {
      throw new IllegalArgumentException(where + ": a second video named \"" + name + "\"");
    }
    int width = requireInt(node, "width", where);
    int height = requireInt(node, "height", where);
    TreeMap<Integer, Frame> frames = new TreeMap<>();
    for (JsonNode image : images) {
      Frame frame = frame(image, width, height, annotationsByImage);
      if (frames.put(frame.index(), frame) != null) {
        throw new IllegalArgumentException(where + ": two images of frame " + frame.index());
      }
    }
    List<DatasetObject> objects = objects(node, where, categories);
    for (Frame frame : frames.values()) {
      for (Annotation annotation : frame.objects()) {
        if (objects.stream().noneMatch(o -> o.id() == annotation.objectId())) {
          throw new IllegalArgumentException(
              "annotation "
                  + annotation.id()
                  + ": object "
                  + annotation.objectId()
                  + " is not one of the objects of "
                  + where);
        }
      }
    }
    JsonNode fps = node.get("fps");
    JsonNode split = node.get("split");
    DatasetSequence sequence =
        new DatasetSequence(
            name,
            width,
            height,
            fps == null || !fps.isNumber() ? 0 : fps.doubleValue(),
            objects,
            split == null || split.isNull() ? "" : split.asText());
    videos.put(name, new Video(sequence, frames));
  }

  private static Frame frame(
      JsonNode image, int width, int height, Map<Integer, List<Annotation>> annotationsByImage) {
    int id = requireInt(image, "id", "image");
    String where = "image " + id;
    if (requireInt(image, "width", where) != width
        || requireInt(image, "height", where) != height) {
      throw new IllegalArgumentException(
          where + ": size differs from its video's " + width + "x" + height);
    }
    List<Annotation> objects = annotationsByImage.getOrDefault(id, List.of());
    for (Annotation annotation : objects) {
      if (annotation.rle().width() != width || annotation.rle().height() != height) {
        throw new IllegalArgumentException(
            "annotation " + annotation.id() + ": segmentation size differs from " + where);
      }
      if (objects.stream().filter(a -> a.objectId() == annotation.objectId()).count() > 1) {
        throw new IllegalArgumentException(
            where + ": object " + annotation.objectId() + " has two annotations");
      }
    }
    JsonNode labelled = image.get("labelled");
    if (labelled != null && !labelled.isBoolean()) {
      throw new IllegalArgumentException(where + ": \"labelled\" must be true or false");
    }
    return new Frame(
        id,
        requireInt(image, "frame_index", where),
        requireText(image, "file_name", where),
        labelled == null ? !objects.isEmpty() : labelled.asBoolean(),
        objects);
  }

  private static Annotation annotation(JsonNode node, String where, JsonNode image) {
    int objectId = requireInt(node, "object_id", where);
    if (objectId < 1 || objectId > 255) {
      throw new IllegalArgumentException(where + ": object_id must be 1..255, was " + objectId);
    }
    JsonNode segmentation = require(node, "segmentation", where);
    if (!segmentation.isObject()) {
      throw new IllegalArgumentException(
          where + ": segmentation is a polygon; only RLE ({size, counts}) keeps holes and is read");
    }
    JsonNode size = requireArray(segmentation, "size", where);
    if (size.size() != 2 || !size.get(0).canConvertToInt() || !size.get(1).canConvertToInt()) {
      throw new IllegalArgumentException(where + ": segmentation size must be [height, width]");
    }
    int height = size.get(0).intValue();
    int width = size.get(1).intValue();
    JsonNode counts = require(segmentation, "counts", where);
    try {
      return new Annotation(requireInt(node, "id", where), objectId, rle(counts, height, width));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          where + " (image " + requireInt(image, "id", "image") + "): bad RLE: " + e.getMessage(),
          e);
    }
  }

  /** Compressed counts (a string) or uncompressed ones (an array of run lengths). */
  private static CocoRle rle(JsonNode counts, int height, int width) {
    if (counts.isTextual()) {
      return CocoRle.decompress(counts.textValue(), height, width);
    }
    if (!counts.isArray()) {
      throw new IllegalArgumentException("counts must be a string or an array of run lengths");
    }
    long[] runs = new long[counts.size()];
    for (int i = 0; i < runs.length; i++) {
      if (!counts.get(i).isIntegralNumber()) {
        throw new IllegalArgumentException("run length " + counts.get(i) + " is not an integer");
      }
      runs[i] = counts.get(i).longValue();
    }
    return CocoRle.of(height, width, runs);
  }

  private static List<DatasetObject> objects(
      JsonNode video, String where, Map<Integer, String> categories) {
    List<DatasetObject> objects = new ArrayList<>();
    for (JsonNode object : requireArray(video, "objects", where)) {
      int objectId = requireInt(object, "object_id", where + " object");
      int category = requireInt(object, "category_id", where + " object " + objectId);
      String name = categories.get(category);
      if (name == null) {
        throw new IllegalArgumentException(
            where + " object " + objectId + ": category " + category + " is not listed");
      }
      if (objects.stream().anyMatch(o -> o.id() == objectId)) {
        throw new IllegalArgumentException(where + ": object " + objectId + " is listed twice");
      }
      objects.add(new DatasetObject(objectId, name));
    }
    objects.sort((a, b) -> Integer.compare(a.id(), b.id()));
    return objects;
  }

  private static Map<Integer, String> categories(JsonNode document) {
    Map<Integer, String> names = new HashMap<>();
    for (JsonNode category : requireArray(document, "categories", "the file")) {
      int id = requireInt(category, "id", "category");
      if (names.put(id, requireText(category, "name", "category " + id)) != null) {
        throw new IllegalArgumentException("category " + id + " is listed twice");
      }
    }
    return names;
  }

  private static Map<Integer, JsonNode> byId(JsonNode array, String kind) {
    Map<Integer, JsonNode> nodes = new LinkedHashMap<>();
    for (JsonNode node : array) {
      int id = requireInt(node, "id", kind);
      if (nodes.put(id, node) != null) {
        throw new IllegalArgumentException(kind + " id " + id + " is used twice");
      }
    }
    return nodes;
  }
}
