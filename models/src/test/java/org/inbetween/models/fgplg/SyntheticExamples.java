package org.inbetween.models.fgplg;

import java.util.Random;

/**
 * FGPLG-shaped examples with a learnable rule: a square object, a noisy "warped mask" of it in
 * channel 3 and a shifted copy in channel 4, and the target = channel 3 thresholded at 0.5.
 */
final class SyntheticExamples {
  private final Random random;
  private final int size;

  SyntheticExamples(long seed, int size) {
    this.random = new Random(seed);
    this.size = size;
  }

  TrainingExample next() {
    int plane = size * size;
    float[] input = new float[7 * plane];
    float[] target = new float[plane];
    int side = size / 4 + random.nextInt(size / 4);
    int top = random.nextInt(size - side);
    int left = random.nextInt(size - side);
    for (int y = 0; y < size; y++) {
      for (int x = 0; x < size; x++) {
        int i = y * size + x;
        boolean inside = y >= top && y < top + side && x >= left && x < left + side;
        for (int c = 0; c < 3; c++) {
          input[c * plane + i] = (inside ? 1f : -1f) + 0.5f * (float) random.nextGaussian();
        }
        float warped =
            Math.min(
                1f, Math.max(0f, (inside ? 0.8f : 0.2f) + 0.2f * (float) random.nextGaussian()));
        input[3 * plane + i] = warped;
        boolean shifted = y >= top + 2 && y < top + side + 2 && x >= left && x < left + side;
        input[4 * plane + i] = shifted ? 1f : 0f;
        input[5 * plane + i] = 0.01f;
        input[6 * plane + i] = 0.01f;
        target[i] = warped > 0.5f ? 1f : 0f;
      }
    }
    return new TrainingExample(input, new float[size * size], target, size, size);
  }
}
