package org.inbetween.app.labeling.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.inbetween.app.video.DavisLayout;
import org.inbetween.app.video.ImageFolderFrameSource;
import org.inbetween.models.image.LabelMask;
import org.inbetween.models.image.Masks;
import org.inbetween.models.image.RgbImage;

/**
 * One DAVIS sequence held in memory: every frame and its ground-truth mask. A benchmark times the
 * generator, not JPEG decoding, so frames are decoded once up front (a DAVIS sequence of 100 frames
 * at 854x480 is 120 MB).
 *
 * @param name the sequence name
 * @param frames the decoded frames
 * @param truth the ground truth of every frame
 */
public record DavisSequence(String name, List<RgbImage> frames, List<LabelMask> truth) {
  public DavisSequence {
    frames = List.copyOf(frames);
    truth = List.copyOf(truth);
  }

  /** Reads {@code sequence} under the DAVIS {@code root}; every frame must have its mask. */
  public static DavisSequence read(Path root, String sequence) throws IOException {
    DavisLayout layout = DavisLayout.of(root, sequence);
    List<RgbImage> frames = new ArrayList<>();
    List<LabelMask> truth = new ArrayList<>();
    try (ImageFolderFrameSource source = ImageFolderFrameSource.open(layout.frames())) {
      for (int k = 0; k < source.frameCount(); k++) {
        frames.add(source.frame(k));
        String name = source.file(k).getFileName().toString();
        Path mask = layout.annotations().resolve(name.substring(0, name.lastIndexOf('.')) + ".png");
        truth.add(Masks.fromPng(mask, k));
      }
    }
    return new DavisSequence(sequence, frames, truth);
  }

  public int frameCount() {
    return frames.size();
  }

  /** The object ids present on any frame of the ground truth, ascending. */
  public int[] objectIds() {
    TreeSet<Integer> ids = new TreeSet<>();
    for (LabelMask mask : truth) {
      for (int id : mask.objectIds()) {
        ids.add(id);
      }
    }
    return ids.stream().mapToInt(Integer::intValue).toArray();
  }
}
