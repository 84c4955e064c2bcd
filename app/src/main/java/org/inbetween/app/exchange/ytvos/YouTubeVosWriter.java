package org.inbetween.app.exchange.ytvos;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.inbetween.app.exchange.dataset.DatasetJson;
import org.inbetween.app.exchange.dataset.DatasetObject;
import org.inbetween.app.exchange.dataset.DatasetSequence;
import org.inbetween.app.exchange.dataset.DatasetWriter;
import org.inbetween.app.exchange.dataset.SequenceFolders;
import org.inbetween.models.image.LabelMask;
import org.inbetween.models.image.RgbImage;

/** Writes frames and masks per video, and meta.json once all videos are known. */
final class YouTubeVosWriter implements DatasetWriter {
  private final Path root;
  private final Map<String, Object> videos = new TreeMap<>();
  private SequenceFolders folders;
  private Map<Integer, List<String>> framesById;

  YouTubeVosWriter(Path root) {
    this.root = root;
  }

  @Override
  public void beginSequence(DatasetSequence sequence) throws IOException {
    folders = YouTubeVosFormat.folders(root, sequence.name());
    folders.create();
    framesById = new TreeMap<>();
    Map<String, Object> objects = new TreeMap<>();
    for (DatasetObject object : sequence.objects()) {
      List<String> frames = new ArrayList<>();
      framesById.put(object.id(), frames);
      objects.put(
          Integer.toString(object.id()), Map.of("category", object.name(), "frames", frames));
    }
    videos.put(sequence.name(), Map.of("objects", objects));
  }

  @Override
  public void frame(int index, RgbImage image, LabelMask mask) throws IOException {
    folders.writeImage(index, image);
    writeMask(mask);
  }

  @Override
  public void frame(int index, Path jpeg, LabelMask mask) throws IOException {
    folders.copyImage(index, jpeg);
    writeMask(mask);
  }

  private void writeMask(LabelMask mask) throws IOException {
    if (mask == null) {
      return;
    }
    folders.writeMask(mask);
    for (int id : mask.objectIds()) {
      List<String> frames = framesById.get(id);
      if (frames == null) {
        throw new IllegalArgumentException(
            "frame " + mask.frame() + " has pixels of object " + id + ", which is not declared");
      }
      frames.add(SequenceFolders.stem(mask.frame()));
    }
  }

  @Override
  public void close() throws IOException {
    DatasetJson.write(root.resolve(YouTubeVosFormat.META), Map.of("videos", videos));
  }
}
