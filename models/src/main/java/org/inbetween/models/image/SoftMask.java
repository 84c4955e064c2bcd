package org.inbetween.models.image;

import java.util.Arrays;
import java.util.Objects;

/**
 * A machine's per-pixel probability that one object is present, on one frame.
 *
 * <p>Machine output keeps its confidence so that review can rank frames and metrics such as max-F
 * can sweep thresholds. Stored as 8-bit grayscale PNG (probability × 255). Immutable; the frame
 * index is part of the value, as in {@link LabelMask}.
 */
public final class SoftMask {
  private final int frame;
  private final int width;
  private final int height;
  private final float[] probabilities;

  SoftMask(int frame, int width, int height, float[] probabilities) {
    if (frame < 0 || width <= 0 || height <= 0 || probabilities.length != width * height) {
      throw new IllegalArgumentException(
          "soft mask of "
              + width
              + "x"
              + height
              + " on frame "
              + frame
              + " cannot hold "
              + probabilities.length
              + " values");
    }
    for (float p : probabilities) {
      if (!(p >= 0f && p <= 1f)) {
        throw new IllegalArgumentException("probability out of [0,1]: " + p);
      }
    }
    this.frame = frame;
    this.width = width;
    this.height = height;
    this.probabilities = probabilities;
  }

  public int frame() {
    return frame;
  }

  public int width() {
    return width;
  }

  public int height() {
    return height;
  }

  public float probability(int x, int y) {
    return probabilities[y * width + x];
  }

  /** A copy of the probabilities in row-major order. */
  public float[] probabilities() {
    return probabilities.clone();
  }

  /** Pixels whose probability is at least {@code threshold}. */
  public boolean[] threshold(float threshold) {
    boolean[] out = new boolean[probabilities.length];
    for (int i = 0; i < out.length; i++) {
      out[i] = probabilities[i] >= threshold;
    }
    return out;
  }

  /** The probabilities quantised to 0..255, as they are stored. */
  public byte[] toGray8() {
    byte[] out = new byte[probabilities.length];
    for (int i = 0; i < out.length; i++) {
      out[i] = (byte) Math.round(probabilities[i] * 255f);
    }
    return out;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof SoftMask other
        && frame == other.frame
        && width == other.width
        && height == other.height
        && Arrays.equals(probabilities, other.probabilities);
  }

  @Override
  public int hashCode() {
    return Objects.hash(frame, width, height, Arrays.hashCode(probabilities));
  }

  @Override
  public String toString() {
    return "SoftMask[frame=" + frame + ", " + width + "x" + height + "]";
  }
}
