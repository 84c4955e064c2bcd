package org.inbetween.app.editing;

import org.inbetween.models.image.LabelMask;
import org.inbetween.models.image.Masks;

/**
 * The mask of the frame being edited, as a mutable array, so that each mouse sample of a stroke
 * changes a few pixels in place instead of copying the whole {@link LabelMask}. Only the end of a
 * gesture turns it back into an immutable mask ({@link #snapshot}) for the history and the store.
 *
 * <p>Not thread-safe: owned by the UI thread.
 */
public final class WorkingMask {
  private final int frame;
  private final int width;
  private final int height;
  private final byte[] labels;

  private WorkingMask(int frame, int width, int height, byte[] labels) {
    this.frame = frame;
    this.width = width;
    this.height = height;
    this.labels = labels;
  }

  /** A working copy of {@code mask}. */
  public static WorkingMask of(LabelMask mask) {
    return new WorkingMask(mask.frame(), mask.width(), mask.height(), mask.labels());
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

  public Rect bounds() {
    return new Rect(0, 0, width, height);
  }

  public boolean contains(int x, int y) {
    return x >= 0 && y >= 0 && x < width && y < height;
  }

  public int label(int x, int y) {
    return labels[y * width + x] & 0xFF;
  }

  /**
   * Applies {@code ink} to columns {@code x0..x1} (inclusive) of row {@code y}; the caller keeps
   * the span inside the image.
   *
   * @return true if any pixel changed
   */
  public boolean paintSpan(int y, int x0, int x1, Ink ink) {
    byte value = (byte) ink.label();
    int row = y * width;
    boolean changed = false;
    if (ink.onlyOver() == Ink.ANY) {
      for (int i = row + x0; i <= row + x1; i++) {
        changed |= labels[i] != value;
        labels[i] = value;
      }
    } else {
      byte only = (byte) ink.onlyOver();
      for (int i = row + x0; i <= row + x1; i++) {
        if (labels[i] == only) {
          labels[i] = value;
          changed = true;
        }
      }
    }
    return changed;
  }

  /** Replaces every pixel with those of {@code mask} (same frame and size). */
  public void load(LabelMask mask) {
    if (mask.frame() != frame || mask.width() != width || mask.height() != height) {
      throw new IllegalArgumentException(mask + " does not fit the working mask of frame " + frame);
    }
    System.arraycopy(mask.labels(), 0, labels, 0, labels.length);
  }

  /** An immutable copy of the current pixels. */
  public LabelMask snapshot() {
    return Masks.fromLabels(frame, width, height, labels);
  }

  /** The live array, for fast readers in this package (overlay painting). */
  byte[] raw() {
    return labels;
  }
}
