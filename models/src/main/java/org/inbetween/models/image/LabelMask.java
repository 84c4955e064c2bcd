package org.inbetween.models.image;

import java.util.Arrays;
import java.util.BitSet;
import java.util.Objects;

/**
 * The labels of one video frame: one object id (0 = background, 1..255 = objects) per pixel.
 *
 * <p>Immutable. The frame index is part of the value, so the same pixels on frame 7 and on frame 8
 * are different masks: a mask can never be filed under the wrong frame by accident. Create masks
 * through {@link Masks}; derive new ones with the {@code with...} methods.
 *
 * <pre>{@code
 * LabelMask gt = Masks.fromPng(Path.of("Annotations/480p/bus/00007.png"), 7);
 * boolean[] bus = gt.binary(1);
 * }</pre>
 */
public final class LabelMask {
  private final int frame;
  private final int width;
  private final int height;
  private final byte[] labels;

  LabelMask(int frame, int width, int height, byte[] labels) {
    if (frame < 0) {
      throw new IllegalArgumentException("frame index must be >= 0, was " + frame);
    }
    if (width <= 0 || height <= 0) {
      throw new IllegalArgumentException("mask size must be positive, was " + width + "x" + height);
    }
    if (labels.length != width * height) {
      throw new IllegalArgumentException(
          "mask of "
              + width
              + "x"
              + height
              + " needs "
              + width * height
              + " labels, got "
              + labels.length);
    }
    this.frame = frame;
    this.width = width;
    this.height = height;
    this.labels = labels;
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

  /** The object id at (x, y), 0..255. */
  public int label(int x, int y) {
    return labels[y * width + x] & 0xFF;
  }

  /** A copy of the labels in row-major order, one unsigned byte per pixel. */
  public byte[] labels() {
    return labels.clone();
  }

  /** The ids of the objects present (background 0 excluded), ascending. */
  public int[] objectIds() {
    BitSet present = new BitSet(256);
    for (byte label : labels) {
      present.set(label & 0xFF);
    }
    present.clear(0);
    return present.stream().toArray();
  }

  /** Row-major pixels that carry {@code objectId}. */
  public boolean[] binary(int objectId) {
    boolean[] out = new boolean[labels.length];
    for (int i = 0; i < labels.length; i++) {
      out[i] = (labels[i] & 0xFF) == objectId;
    }
    return out;
  }

  /** The object's pixels as probabilities, 1 inside and 0 outside: a target or a memory value. */
  public float[] probabilities(int objectId) {
    boolean[] binary = binary(objectId);
    float[] out = new float[binary.length];
    for (int p = 0; p < out.length; p++) {
      out[p] = binary[p] ? 1f : 0f;
    }
    return out;
  }

  /** Number of pixels that carry {@code objectId}. */
  public int area(int objectId) {
    int count = 0;
    for (byte label : labels) {
      if ((label & 0xFF) == objectId) {
        count++;
      }
    }
    return count;
  }

  public boolean isEmpty() {
    for (byte label : labels) {
      if (label != 0) {
        return false;
      }
    }
    return true;
  }

  /** The same pixels filed under another frame. */
  public LabelMask onFrame(int otherFrame) {
    return otherFrame == frame ? this : new LabelMask(otherFrame, width, height, labels);
  }

  /**
   * This mask with {@code objectId} painted where {@code region} is true. One label per pixel:
   * painting object A takes those pixels away from whichever object held them.
   */
  public LabelMask withPainted(boolean[] region, int objectId) {
    checkRegion(region);
    Masks.checkObjectId(objectId);
    byte[] out = labels.clone();
    for (int i = 0; i < out.length; i++) {
      if (region[i]) {
        out[i] = (byte) objectId;
      }
    }
    return new LabelMask(frame, width, height, out);
  }

  /** This mask with every pixel of {@code objectId} set back to background. */
  public LabelMask withoutObject(int objectId) {
    byte[] out = labels.clone();
    for (int i = 0; i < out.length; i++) {
      if ((out[i] & 0xFF) == objectId) {
        out[i] = 0;
      }
    }
    return new LabelMask(frame, width, height, out);
  }

  private void checkRegion(boolean[] region) {
    if (region.length != labels.length) {
      throw new IllegalArgumentException(
          "region has " + region.length + " pixels, mask has " + labels.length);
    }
  }

  byte[] rawLabels() {
    return labels;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof LabelMask other
        && frame == other.frame
        && width == other.width
        && height == other.height
        && Arrays.equals(labels, other.labels);
  }

  @Override
  public int hashCode() {
    return Objects.hash(frame, width, height, Arrays.hashCode(labels));
  }

  @Override
  public String toString() {
    return "LabelMask[frame="
        + frame
        + ", "
        + width
        + "x"
        + height
        + ", objects="
        + Arrays.toString(objectIds())
        + "]";
  }
}
