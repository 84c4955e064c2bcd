package org.inbetween.app.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.inbetween.models.testdata.SharedData;

/**
 * The first few frames of a DAVIS sequence, copied into a temporary folder so that a test imports
 * and predicts a handful of frames, not the whole sequence: {@code images/<seq>/*.jpg}, all the
 * annotations as ground truth in {@code gt/<seq>/*.png}, and the keyframes' annotations alone in
 * {@code keyframes/}.
 */
record DavisExcerpt(Path images, Path truth, Path keyframes) {
  /** Frames {@code 0..frames-1} of {@code sequence}; every {@code interval}-th one a keyframe. */
  static DavisExcerpt of(Path tmp, String sequence, int frames, int interval) throws IOException {
    Path davis = SharedData.davis();
    Path images = Files.createDirectories(tmp.resolve("images").resolve(sequence));
    Path truth = Files.createDirectories(tmp.resolve("gt").resolve(sequence));
    Path keyframes = Files.createDirectories(tmp.resolve("keyframes"));
    for (int f = 0; f < frames; f++) {
      String stem = String.format("%05d", f);
      Files.copy(
          davis.resolve("JPEGImages/480p/" + sequence + "/" + stem + ".jpg"),
          images.resolve(stem + ".jpg"));
      Path mask = SharedData.davisMask(sequence, f);
      Files.copy(mask, truth.resolve(stem + ".png"));
      if (f % interval == 0) {
        Files.copy(mask, keyframes.resolve(stem + ".png"));
      }
    }
    return new DavisExcerpt(images, truth.getParent(), keyframes);
  }
}
