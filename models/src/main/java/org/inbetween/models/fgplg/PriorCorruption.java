package org.inbetween.models.fgplg;

import java.util.Locale;
import java.util.Random;
import java.util.function.UnaryOperator;

/**
 * Damages a training example's warped masks and prior the way a failing flow damages them —
 * shifted, eroded, dilated, or with a part dropped — while the frame and the target stay. A network
 * trained on such examples has to find the true mask from the image wherever the warp is wrong,
 * instead of learning that the warp is always nearly right (on a project's few keyframe triples the
 * exact same prior comes back every step).
 */
public final class PriorCorruption {
  /** Leaves every example as it is (and draws no random numbers). */
  public static final PriorCorruption NONE = new PriorCorruption(0);

  private enum Damage {
    SHIFT,
    ERODE,
    DILATE,
    DROP
  }

  private final double probability;

  /**
   * @param probability the chance that an example is damaged, in [0, 1]; one damage of the four,
   *     equally likely, when it is
   */
  public PriorCorruption(double probability) {
    if (!(probability >= 0 && probability <= 1)) {
      throw new IllegalArgumentException(
          "prior corruption probability must be in [0, 1], was " + probability);
    }
    this.probability = probability;
  }

  public double probability() {
    return probability;
  }

  /** How a checkpoint's data description names this recipe. */
  @Override
  public String toString() {
    return probability == 0
        ? "priors undamaged"
        : String.format(Locale.ROOT, "priors damaged with p=%.2f", probability);
  }

  /**
   * {@code example}, or a copy whose warped masks (input channels 3 and 4) and prior suffer one
   * damage alike. Only 7-channel FGPLG examples have warped masks; others are refused.
   */
  public TrainingExample apply(TrainingExample example, Random random) {
    if (probability == 0 || random.nextDouble() >= probability) {
      return example;
    }
    if (example.channels() != ExampleBuilder.CHANNELS) {
      throw new IllegalArgumentException(
          "only 7-channel FGPLG examples have a prior to corrupt, got " + example.channels());
    }
    UnaryOperator<float[]> damage = draw(example, random);
    int plane = example.h() * example.w();
    float[] input = example.input().clone();
    for (int channel = 3; channel <= 4; channel++) {
      float[] mask = damage.apply(slice(input, channel * plane, plane));
      System.arraycopy(mask, 0, input, channel * plane, plane);
    }
    float[] prior = new float[plane];
    for (int p = 0; p < plane; p++) {
      prior[p] = Logits.probability(example.prior()[p]);
    }
    return new TrainingExample(
        input,
        Logits.of(damage.apply(prior)),
        example.target(),
        example.h(),
        example.w(),
        example.weight());
  }

  private static UnaryOperator<float[]> draw(TrainingExample example, Random random) {
    int h = example.h();
    int w = example.w();
    int reach = Math.max(1, Math.min(h, w) / 16);
    return switch (Damage.values()[random.nextInt(Damage.values().length)]) {
      case SHIFT -> {
        int dx = random.nextInt(2 * reach + 1) - reach;
        int dy = random.nextInt(2 * reach + 1) - reach;
        yield mask -> shifted(mask, h, w, dx, dy);
      }
      case ERODE -> {
        int radius = 1 + random.nextInt(Math.max(1, reach / 2));
        yield mask -> extreme(mask, h, w, radius, false);
      }
      case DILATE -> {
        int radius = 1 + random.nextInt(Math.max(1, reach / 2));
        yield mask -> extreme(mask, h, w, radius, true);
      }
      case DROP -> {
        int height = h / 8 + random.nextInt(Math.max(1, h / 4));
        int width = w / 8 + random.nextInt(Math.max(1, w / 4));
        int top = random.nextInt(Math.max(1, h - height));
        int left = random.nextInt(Math.max(1, w - width));
        yield mask -> dropped(mask, w, top, left, height, width);
      }
    };
  }

  private static float[] slice(float[] planes, int from, int length) {
    float[] out = new float[length];
    System.arraycopy(planes, from, out, 0, length);
    return out;
  }

  /** The mask moved by (dx, dy), the uncovered border replicated from the nearest pixel. */
  private static float[] shifted(float[] mask, int h, int w, int dx, int dy) {
    float[] out = new float[mask.length];
    for (int y = 0; y < h; y++) {
      int sy = Math.min(h - 1, Math.max(0, y - dy));
      for (int x = 0; x < w; x++) {
        int sx = Math.min(w - 1, Math.max(0, x - dx));
        out[y * w + x] = mask[sy * w + sx];
      }
    }
    return out;
  }

  /** The minimum (erosion) or maximum (dilation) over a square of {@code radius}, separably. */
  private static float[] extreme(float[] mask, int h, int w, int radius, boolean max) {
    float[] rows = new float[mask.length];
    for (int y = 0; y < h; y++) {
      for (int x = 0; x < w; x++) {
        float best = mask[y * w + x];
        for (int d = -radius; d <= radius; d++) {
          float v = mask[y * w + Math.min(w - 1, Math.max(0, x + d))];
          best = max ? Math.max(best, v) : Math.min(best, v);
        }
        rows[y * w + x] = best;
      }
    }
    float[] out = new float[mask.length];
    for (int y = 0; y < h; y++) {
      for (int x = 0; x < w; x++) {
        float best = rows[y * w + x];
        for (int d = -radius; d <= radius; d++) {
          float v = rows[Math.min(h - 1, Math.max(0, y + d)) * w + x];
          best = max ? Math.max(best, v) : Math.min(best, v);
        }
        out[y * w + x] = best;
      }
    }
    return out;
  }

  /** The mask with a rectangle cleared to background: a part the flow lost. */
  private static float[] dropped(float[] mask, int w, int top, int left, int height, int width) {
    float[] out = mask.clone();
    for (int y = top; y < top + height; y++) {
      for (int x = left; x < left + width; x++) {
        out[y * w + x] = 0;
      }
    }
    return out;
  }
}
