package org.inbetween.app.exchange.coco;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.inbetween.app.exchange.coco.CocoIndex.Annotation;
import org.inbetween.app.exchange.coco.CocoIndex.Frame;
import org.inbetween.app.exchange.coco.CocoIndex.Video;
import org.inbetween.app.exchange.dataset.DatasetReader;
import org.inbetween.app.exchange.dataset.DatasetSequence;
import org.inbetween.models.image.LabelMask;
import org.inbetween.models.image.Masks;

/**
 * Reads a COCO export back. The whole JSON is parsed and checked on open, so a malformed file fails
 * before anything is imported; each frame's label mask is painted from its RLEs when asked for.
 *
 * <p>A label mask holds one object per pixel, so annotations of one image that overlap (which the
 * writer never produces, but other tools may, for crowds or occlusion) are refused rather than
 * silently letting one object win.
 */
final class CocoReader implements DatasetReader {
  private final Path file;
  private final Path images;
  private final CocoIndex index;

  private CocoReader(Path file, Path images, CocoIndex index) {
    this.file = file;
    this.images = images;
    this.index = index;
  }

  static CocoReader open(Path root) throws IOException {
    Path file = root.resolve(CocoLayout.ANNOTATIONS);
    if (!Files.isRegularFile(file)) {
      throw new IOException(file + ": no such file; a COCO dataset has its annotations here");
    }
    try {
      JsonNode document = CocoJson.MAPPER.readTree(file.toFile());
      if (document == null || !document.isObject()) {
        throw new IllegalArgumentException("the file is not a JSON object");
      }
      return new CocoReader(
          file, CocoLayout.imagesFolder(root).normalize(), CocoIndex.parse(document));
    } catch (JsonProcessingException e) {
      throw new IOException(file + ": not valid JSON: " + e.getOriginalMessage(), e);
    } catch (IllegalArgumentException e) {
      throw new IOException(file + ": " + e.getMessage(), e);
    }
  }

  @Override
  public List<DatasetSequence> sequences() {
    return index.videos().values().stream().map(Video::sequence).toList();
  }

  @Override
  public List<Integer> frames(String sequence) throws IOException {
    return new ArrayList<>(video(sequence).frames().keySet());
  }

  @Override
  public Path image(String sequence, int frameIndex) throws IOException {
    Frame frame = frame(sequence, frameIndex);
    Path image = images.resolve(frame.fileName()).normalize();
    if (!image.startsWith(images) || image.equals(images)) {
      throw new IOException(
          file
              + ": image "
              + frame.imageId()
              + " has file_name \""
              + frame.fileName()
              + "\", which leaves the images folder");
    }
    if (!Files.isRegularFile(image)) {
      throw new IOException(
          image + ": no such image file (image " + frame.imageId() + " of " + file + ")");
    }
    return image;
  }

  @Override
  public Optional<LabelMask> mask(String sequence, int frameIndex) throws IOException {
    Frame frame = frame(sequence, frameIndex);
    if (!frame.labelled()) {
      return Optional.empty();
    }
    DatasetSequence geometry = video(sequence).sequence();
    int width = geometry.width();
    byte[] labels = new byte[width * geometry.height()];
    int[] annotationAt = new int[labels.length];
    for (Annotation annotation : frame.objects()) {
      boolean[] pixels = annotation.rle().decode();
      for (int i = 0; i < pixels.length; i++) {
        if (!pixels[i]) {
          continue;
        }
        if (labels[i] != 0) {
          throw new IOException(
              file
                  + ": image "
                  + frame.imageId()
                  + " ("
                  + sequence
                  + " frame "
                  + frameIndex
                  + "): annotations "
                  + annotationAt[i]
                  + " and "
                  + annotation.id()
                  + " overlap at pixel ("
                  + i % width
                  + ", "
                  + i / width
                  + "); a label mask holds one object per pixel");
        }
        labels[i] = (byte) annotation.objectId();
        annotationAt[i] = annotation.id();
      }
    }
    return Optional.of(Masks.fromLabels(frameIndex, width, geometry.height(), labels));
  }

  private Video video(String sequence) throws IOException {
    Video video = index.videos().get(sequence);
    if (video == null) {
      throw new IOException(file + ": no video named \"" + sequence + "\"");
    }
    return video;
  }

  private Frame frame(String sequence, int frameIndex) throws IOException {
    Frame frame = video(sequence).frames().get(frameIndex);
    if (frame == null) {
      throw new IOException(file + ": video \"" + sequence + "\" has no frame " + frameIndex);
    }
    return frame;
  }

  @Override
  public void close() {
    // Everything was read on open; no file stays open.
  }
}
