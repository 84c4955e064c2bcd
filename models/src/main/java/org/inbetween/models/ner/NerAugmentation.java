package org.inbetween.models.ner;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.index.NDIndex;
import java.util.Random;
import org.inbetween.models.nn.Resize;

/**
 * Geometric augmentation of one training clip, the same for all its frames so that the NER module
 * still sees one coherent motion: a horizontal flip with probability 1/2, then a square crop of a
 * random {@value #MIN_CROP}–1 of the side at a random place, resized back (bilinear; the target
 * maps too, so they stay soft at the edges). With a few training videos the network otherwise
 * learns where their objects sit in the frame.
 */
final class NerAugmentation {
  /** The smallest crop, as a share of the side. */
  static final double MIN_CROP = 0.7;

  private NerAugmentation() {}

  /**
   * @param frames (T, 3, S, S) input frames of one clip
   * @param maps (T, 1, S, S) their targets
   * @return the augmented frames and maps, same shapes
   */
  static NDList apply(NDArray frames, NDArray maps, Random random) {
    int size = Math.toIntExact(frames.getShape().get(3));
    if (random.nextBoolean()) {
      frames = frames.flip(3);
      maps = maps.flip(3);
    }
    int side = (int) Math.round(size * (MIN_CROP + (1 - MIN_CROP) * random.nextDouble()));
    if (side < size) {
      int x = random.nextInt(size - side + 1);
      int y = random.nextInt(size - side + 1);
      NDIndex crop = new NDIndex(":, :, {}:{}, {}:{}", y, y + side, x, x + side);
      frames = Resize.bilinear(frames.get(crop), size, size);
      maps = Resize.bilinear(maps.get(crop), size, size);
    }
    return new NDList(frames, maps);
  }
}
