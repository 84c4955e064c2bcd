package org.inbetween.app.exchange.coco;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.inbetween.app.exchange.dataset.DatasetObject;
import org.inbetween.app.exchange.dataset.DatasetSequence;
import org.inbetween.app.exchange.dataset.DatasetWriter;
import org.inbetween.models.image.Masks;
import org.inbetween.models.image.RgbImage;

/**
 * A 3x3 export small enough to check by hand: frame 0 has a ring (object 1) with a dot (object 2)
 * in its hole, frame 1 has no label, frame 2 is labelled and empty.
 */
final class TinyCocoDataset {
  static final byte[] RING_AND_DOT = {1, 1, 1, 1, 2, 1, 1, 1, 1};

  private TinyCocoDataset() {}

  static Path write(Path root) throws IOException {
    try (DatasetWriter writer = new CocoFormat().writer(root)) {
      writer.beginSequence(
          new DatasetSequence(
              "tiny",
              3,
              3,
              25,
              List.of(new DatasetObject(1, "ring"), new DatasetObject(2, "dot")),
              "train"));
      RgbImage grey = RgbImage.wrap(3, 3, new byte[27]);
      writer.frame(0, grey, Masks.fromLabels(0, 3, 3, RING_AND_DOT));
      writer.frame(1, grey, null);
      writer.frame(2, grey, Masks.empty(2, 3, 3));
    }
    return root;
  }
}
