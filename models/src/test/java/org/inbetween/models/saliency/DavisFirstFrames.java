package org.inbetween.models.saliency;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.inbetween.models.image.LabelMask;
import org.inbetween.models.image.Masks;
import org.inbetween.models.image.RgbImage;
import org.inbetween.models.image.SoftMask;
import org.inbetween.models.metrics.RegionSimilarity;
import org.inbetween.models.testdata.SharedData;

/** DAVIS frames and the IoU of a saliency map with their "any object" ground truth. */
final class DavisFirstFrames {
  private DavisFirstFrames() {}

  static Stream<String> sequences() throws IOException {
    try (Stream<Path> dirs = Files.list(SharedData.davis().resolve("JPEGImages/480p"))) {
      return dirs.map(dir -> dir.getFileName().toString()).sorted().toList().stream();
    }
  }

  static RgbImage frame(String sequence, int frame) throws IOException {
    Path file =
        SharedData.davis()
            .resolve("JPEGImages/480p/" + sequence + String.format("/%05d.jpg", frame));
    return RgbImage.fromBufferedImage(ImageIO.read(file.toFile()));
  }

  /** IoU of the map thresholded at 0.5 with the union of the annotated objects. */
  static double iou(SoftMask map, String sequence, int frame) throws IOException {
    LabelMask truth = Masks.fromPng(SharedData.davisMask(sequence, frame), frame);
    boolean[] foreground = new boolean[truth.width() * truth.height()];
    byte[] labels = truth.labels();
    for (int i = 0; i < labels.length; i++) {
      foreground[i] = labels[i] != 0;
    }
    return RegionSimilarity.jaccard(map.threshold(0.5f), foreground, null);
  }
}
