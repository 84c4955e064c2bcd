package org.inbetween.app.exchange.coco;

import java.nio.file.Path;
import java.util.Locale;

/**
 * Where a COCO export puts its files: one {@code annotations.json} at the root and the frames as
 * {@code images/<video>/00007.png}. The JSON's {@code file_name} is relative to {@code images/}, as
 * COCO's own {@code train2017/} convention, so training code joins the two folders itself.
 */
final class CocoLayout {
  static final String ANNOTATIONS = "annotations.json";
  static final String IMAGES = "images";

  private CocoLayout() {}

  /** The {@code file_name} of a frame: {@code <video>/%05d.png}. */
  static String fileName(String video, int index) {
    return video + "/" + String.format(Locale.ROOT, "%05d", index) + ".png";
  }

  static Path imagesFolder(Path root) {
    return root.resolve(IMAGES);
  }
}
