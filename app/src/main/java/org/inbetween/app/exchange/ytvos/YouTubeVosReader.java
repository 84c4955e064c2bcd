package org.inbetween.app.exchange.ytvos;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.inbetween.app.exchange.dataset.DatasetImages;
import org.inbetween.app.exchange.dataset.DatasetJson;
import org.inbetween.app.exchange.dataset.DatasetObject;
import org.inbetween.app.exchange.dataset.DatasetReader;
import org.inbetween.app.exchange.dataset.DatasetSequence;
import org.inbetween.app.exchange.dataset.SequenceFolders;
import org.inbetween.models.image.LabelMask;
import org.inbetween.models.image.RgbImage;

/**
 * Reads a YouTube-VOS folder, its {@code train/} and {@code valid/} parts or one part given
 * directly: the videos and their objects' categories from each part's meta.json, masks from the
 * part, frames from the part's all-frames folder where it has the video (every frame), else from
 * the part itself (the labelled frames). YouTube-VOS has no frame rate in its files, so 30 fps (its
 * videos' rate before the 6-frame sampling is not recorded either).
 */
final class YouTubeVosReader implements DatasetReader {
  private static final double DEFAULT_FPS = 30;

  private final Map<String, List<DatasetObject>> objectsByVideo = new TreeMap<>();
  private final Map<String, YouTubeVosPart> partByVideo = new TreeMap<>();

  YouTubeVosReader(Path root) throws IOException {
    List<YouTubeVosPart> parts = YouTubeVosPart.in(root);
    if (parts.isEmpty()) {
      throw new IOException(
          root + ": not a YouTube-VOS dataset (no meta.json, train/meta.json or valid/meta.json)");
    }
    for (YouTubeVosPart part : parts) {
      readMeta(part);
    }
  }

  private void readMeta(YouTubeVosPart part) throws IOException {
    Path meta = part.meta();
    JsonNode videos = DatasetJson.read(meta).get("videos");
    if (videos == null || !videos.isObject()) {
      throw new IOException(meta + ": no \"videos\" object");
    }
    for (var video : (Iterable<Map.Entry<String, JsonNode>>) videos::fields) {
      if (partByVideo.put(video.getKey(), part) != null) {
        throw new IOException(meta + ": video " + video.getKey() + " is in two parts");
      }
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
      objects.sort(Comparator.comparingInt(DatasetObject::id));
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
              name,
              first.width(),
              first.height(),
              DEFAULT_FPS,
              video.getValue(),
              partByVideo.get(name).split()));
    }
    return sequences;
  }

  @Override
  public List<Integer> frames(String sequence) throws IOException {
    return folders(sequence).frames();
  }

  @Override
  public Path image(String sequence, int index) throws IOException {
    return folders(sequence).image(index);
  }

  @Override
  public Optional<LabelMask> mask(String sequence, int index) throws IOException {
    return folders(sequence).mask(index);
  }

  /** The all-frames folder of the video if there is one, else the part's labelled frames. */
  private SequenceFolders folders(String sequence) throws IOException {
    YouTubeVosPart part = partByVideo.get(sequence);
    if (part == null) {
      throw new IOException("no video \"" + sequence + "\" in " + partByVideo.keySet());
    }
    SequenceFolders all = part.allFrames(sequence);
    return Files.isDirectory(all.imageFolder()) ? all : part.labelled(sequence);
  }

  @Override
  public Optional<Path> maskFile(String sequence, int index) throws IOException {
    Path file = folders(sequence).maskFile(index);
    return Files.isRegularFile(file) ? Optional.of(file) : Optional.empty();
  }

  @Override
  public void close() {
    // Nothing is held open between reads.
  }
}
