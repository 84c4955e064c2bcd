package org.inbetween.app.exchange.ytvos;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.inbetween.app.exchange.dataset.DatasetImages;
import org.inbetween.app.exchange.dataset.DatasetJson;
import org.inbetween.app.exchange.dataset.DatasetObject;
import org.inbetween.app.exchange.dataset.DatasetReader;
import org.inbetween.app.exchange.dataset.DatasetSequence;
import org.inbetween.models.image.LabelMask;
import org.inbetween.models.image.RgbImage;

/**
 * Reads a YouTube-VOS folder: the videos and their objects' categories from meta.json, frames and
 * masks from the two folders. YouTube-VOS has no frame rate in its files, so 30 fps (its videos'
 * rate before the 6-frame sampling is not recorded either).
 */
final class YouTubeVosReader implements DatasetReader {
  private static final double DEFAULT_FPS = 30;

  private final Path root;
  private final Map<String, List<DatasetObject>> objectsByVideo = new TreeMap<>();

  YouTubeVosReader(Path root) throws IOException {
    this.root = root;
    Path meta = root.resolve(YouTubeVosFormat.META);
    if (!Files.isRegularFile(meta)) {
      throw new IOException(root + ": not a YouTube-VOS dataset (no meta.json)");
    }
    JsonNode videos = DatasetJson.read(meta).get("videos");
    if (videos == null || !videos.isObject()) {
      throw new IOException(meta + ": no \"videos\" object");
    }
    for (var video : (Iterable<Map.Entry<String, JsonNode>>) videos::fields) {
      List<DatasetObject> objects = new ArrayList<>();
      JsonNode listed = video.getValue().path("objects");
      for (var object : (Iterable<Map.Entry<String, JsonNode>>) listed::fields) {
        try {
          objects.add(
              new DatasetObject(
                  Integer.parseInt(object.getKey()), object.getValue().path("category").asText()));
        } catch (IllegalArgumentException e) {
          throw new IOException(
              meta
                  + ": video "
                  + video.getKey()
                  + " object \""
                  + object.getKey()
                  + "\": "
                  + e.getMessage(),
              e);
        }
      }
      objects.sort(java.util.Comparator.comparingInt(DatasetObject::id));
      objectsByVideo.put(video.getKey(), objects);
    }
  }

  @Override
  public List<DatasetSequence> sequences() throws IOException {
    List<DatasetSequence> sequences = new ArrayList<>();
    for (Map.Entry<String, List<DatasetObject>> video : objectsByVideo.entrySet()) {
      String name = video.getKey();
      RgbImage first = DatasetImages.read(image(name, frames(name).get(0)));
      sequences.add(
          new DatasetSequence(
              name, first.width(), first.height(), DEFAULT_FPS, video.getValue(), ""));
    }
    return sequences;
  }

  @Override
  public List<Integer> frames(String sequence) throws IOException {
    return YouTubeVosFormat.folders(root, sequence).frames();
  }

  @Override
  public Path image(String sequence, int index) {
    return YouTubeVosFormat.folders(root, sequence).image(index);
  }

  @Override
  public Optional<LabelMask> mask(String sequence, int index) throws IOException {
    return YouTubeVosFormat.folders(root, sequence).mask(index);
  }

  @Override
  public Optional<Path> maskFile(String sequence, int index) {
    Path file = YouTubeVosFormat.folders(root, sequence).maskFile(index);
    return Files.isRegularFile(file) ? Optional.of(file) : Optional.empty();
  }

  @Override
  public void close() {
    // Nothing is held open between reads.
  }
}
