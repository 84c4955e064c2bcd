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
import org.inbetween.app.exchange.dataset.FrameSet;
import org.inbetween.app.exchange.dataset.SequenceFolders;
import org.inbetween.models.image.LabelMask;
import org.inbetween.models.image.RgbImage;

/**
 * Writes each labelled frame as a JPEG and a PNG of the same name into the video's part, every
 * frame into the all-frames folder when the export keeps all frames, and each part's meta.json once
 * all its videos are known. A labelled frame's JPEG is written once and copied, so both folders
 * hold the same bytes.
 */
final class YouTubeVosWriter implements DatasetWriter {
  private final Path root;
  private final FrameSet frameSet;
  private final Map<Path, Map<String, Object>> videosByMeta = new TreeMap<>();
  private SequenceFolders labelled;
  private SequenceFolders allFrames;
  private Map<Integer, List<String>> framesById;

  /**
   * @param frameSet {@link FrameSet#ALL} also writes every frame to the all-frames folder
   */
  YouTubeVosWriter(Path root, FrameSet frameSet) {
    this.root = root;
    this.frameSet = frameSet;
  }

  @Override
  public void beginSequence(DatasetSequence sequence) throws IOException {
    YouTubeVosPart part = YouTubeVosPart.forSplit(root, sequence.split());
    labelled = part.labelled(sequence.name());
    labelled.create();
    allFrames = frameSet == FrameSet.ALL ? part.allFrames(sequence.name()) : null;
    if (allFrames != null) {
      allFrames.create();
    }
    framesById = new TreeMap<>();
    Map<String, Object> objects = new TreeMap<>();
    for (DatasetObject object : sequence.objects()) {
      List<String> frames = new ArrayList<>();
      framesById.put(object.id(), frames);
      objects.put(
          Integer.toString(object.id()), Map.of("category", object.name(), "frames", frames));
    }
    videosByMeta
        .computeIfAbsent(part.meta(), meta -> new TreeMap<>())
        .put(sequence.name(), Map.of("objects", objects));
  }

  @Override
  public void frame(int index, RgbImage image, LabelMask mask) throws IOException {
    if (allFrames != null) {
      allFrames.writeImage(index, image);
      labelledFrame(index, allFrames.image(index), mask);
    } else if (mask != null) {
      labelled.writeImage(index, image);
      writeMask(mask);
    }
  }

  @Override
  public void frame(int index, Path jpeg, LabelMask mask) throws IOException {
    if (allFrames != null) {
      allFrames.copyImage(index, jpeg);
    }
    labelledFrame(index, jpeg, mask);
  }

  /** Copies the frame's JPEG into the part and writes its mask, if it has one. */
  private void labelledFrame(int index, Path jpeg, LabelMask mask) throws IOException {
    if (mask == null) {
      return;
    }
    labelled.copyImage(index, jpeg);
    writeMask(mask);
  }

  private void writeMask(LabelMask mask) throws IOException {
    labelled.writeMask(mask);
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
    for (Map.Entry<Path, Map<String, Object>> meta : videosByMeta.entrySet()) {
      DatasetJson.write(meta.getKey(), Map.of("videos", meta.getValue()));
    }
  }
}
