package org.inbetween.app.exchange.coco;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import javax.imageio.ImageIO;
import org.inbetween.app.exchange.dataset.DatasetObject;
import org.inbetween.app.exchange.dataset.DatasetSequence;
import org.inbetween.app.exchange.dataset.DatasetWriter;
import org.inbetween.models.image.LabelMask;
import org.inbetween.models.image.RgbImage;

/**
 * Writes frames as PNG files as they come and collects the JSON entries, which only {@link #close}
 * writes, since COCO keeps the whole dataset in one file.
 *
 * <p>Ids are numbered 1, 2, 3... in the order of the calls and annotations of a frame go by
 * ascending object id, so the same input always gives the same bytes. Categories are the distinct
 * object names in order of first appearance; each annotation also carries its {@code object_id},
 * the label value, so that two objects with the same name stay apart on import.
 */
final class CocoWriter implements DatasetWriter {
  private final Path root;
  private final ArrayNode videos = CocoJson.MAPPER.createArrayNode();
  private final ArrayNode images = CocoJson.MAPPER.createArrayNode();
  private final ArrayNode annotations = CocoJson.MAPPER.createArrayNode();
  private final Map<String, Integer> categoryByName = new LinkedHashMap<>();
  private final Set<String> sequenceNames = new HashSet<>();
  private DatasetSequence sequence;
  private Map<Integer, Integer> categoryByObject;
  private int lastIndex;
  private boolean closed;

  CocoWriter(Path root) {
    this.root = root;
  }

  @Override
  public void beginSequence(DatasetSequence next) throws IOException {
    if (!sequenceNames.add(next.name())) {
      throw new IOException(root + ": sequence \"" + next.name() + "\" is written twice");
    }
    sequence = next;
    lastIndex = -1;
    categoryByObject = new HashMap<>();
    ObjectNode video = videos.addObject();
    video.put("id", videos.size());
    video.put("name", next.name());
    video.put("width", next.width());
    video.put("height", next.height());
    video.put("fps", next.fps());
    video.put("split", next.split());
    ArrayNode objects = video.putArray("objects");
    for (DatasetObject object : next.objects()) {
      int category =
          categoryByName.computeIfAbsent(object.name(), name -> categoryByName.size() + 1);
      categoryByObject.put(object.id(), category);
      objects.addObject().put("object_id", object.id()).put("category_id", category);
    }
  }

  @Override
  public void frame(int index, RgbImage image, LabelMask mask) throws IOException {
    checkFrame(index, image, mask);
    lastIndex = index;
    String fileName = CocoLayout.fileName(sequence.name(), index);
    writePng(image, CocoLayout.imagesFolder(root).resolve(fileName));
    int imageId = images.size() + 1;
    images
        .addObject()
        .put("id", imageId)
        .put("video_id", videos.size())
        .put("frame_index", index)
        .put("file_name", fileName)
        .put("width", image.width())
        .put("height", image.height())
        .put("labelled", mask != null);
    if (mask != null) {
      for (int objectId : mask.objectIds()) {
        addAnnotation(imageId, index, mask, objectId);
      }
    }
  }

  private void addAnnotation(int imageId, int index, LabelMask mask, int objectId)
      throws IOException {
    Integer category = categoryByObject.get(objectId);
    if (category == null) {
      throw new IOException(
          sequence.name()
              + " frame "
              + index
              + ": the mask has object "
              + objectId
              + ", which the sequence does not declare");
    }
    CocoRle rle = CocoRle.encode(mask, objectId);
    ObjectNode annotation = annotations.addObject();
    annotation.put("id", annotations.size());
    annotation.put("image_id", imageId);
    annotation.put("video_id", videos.size());
    annotation.put("category_id", category);
    annotation.put("object_id", objectId);
    ObjectNode segmentation = annotation.putObject("segmentation");
    segmentation.putArray("size").add(rle.height()).add(rle.width());
    segmentation.put("counts", rle.compress());
    annotation.put("area", rle.area());
    ArrayNode bbox = annotation.putArray("bbox");
    for (long value : rle.bbox()) {
      bbox.add(value);
    }
    annotation.put("iscrowd", 0);
  }

  private void checkFrame(int index, RgbImage image, LabelMask mask) throws IOException {
    if (sequence == null) {
      throw new IllegalStateException("frame() before beginSequence()");
    }
    String where = sequence.name() + " frame " + index;
    if (index <= lastIndex) {
      throw new IOException(where + ": frames must come in ascending order, after " + lastIndex);
    }
    if (image.width() != sequence.width() || image.height() != sequence.height()) {
      throw new IOException(
          where
              + ": image is "
              + image.width()
              + "x"
              + image.height()
              + ", the sequence is "
              + sequence.width()
              + "x"
              + sequence.height());
    }
    if (mask != null && (mask.width() != sequence.width() || mask.height() != sequence.height())) {
      throw new IOException(
          where
              + ": mask is "
              + mask.width()
              + "x"
              + mask.height()
              + ", the sequence is "
              + sequence.width()
              + "x"
              + sequence.height());
    }
  }

  private static void writePng(RgbImage image, Path file) throws IOException {
    Files.createDirectories(file.getParent());
    try (OutputStream out = Files.newOutputStream(file)) {
      if (!ImageIO.write(image.toBufferedImage(), "png", out)) {
        throw new IOException(file + ": no PNG writer available");
      }
    }
  }

  @Override
  public void close() throws IOException {
    if (closed) {
      return;
    }
    closed = true;
    ObjectNode document = CocoJson.MAPPER.createObjectNode();
    document.putObject("info").put("description", "Inbetween export").put("format_version", 1);
    document.set("videos", videos);
    document.set("images", images);
    document.set("annotations", annotations);
    ArrayNode categories = document.putArray("categories");
    categoryByName.forEach((name, id) -> categories.addObject().put("id", id).put("name", name));
    Files.createDirectories(root);
    CocoJson.MAPPER.writeValue(root.resolve(CocoLayout.ANNOTATIONS).toFile(), document);
  }
}
