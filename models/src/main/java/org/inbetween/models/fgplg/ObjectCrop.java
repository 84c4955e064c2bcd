package org.inbetween.models.fgplg;

import java.util.Optional;

/**
 * The window of a frame that FGPLG refines: the box around both warped keyframe masks, grown by a
 * margin of context and made square where the frame allows, so the network's fixed-size input
 * spends its pixels on the object instead of on a whole squashed frame.
 *
 * <p>Outside the window both warped masks are background, so nothing there needs refining.
 *
 * @param x left column
 * @param y top row
 * @param width columns, at least 1
 * @param height rows, at least 1
 */
public record ObjectCrop(int x, int y, int width, int height) {
  /** Probabilities at or above this count as the object when the box is found. */
  static final float OBJECT = 0.5f;

  /** Context around the box: this fraction of its longer side, on every side... */
  static final float MARGIN_FRACTION = 0.25f;

  /** ...plus this many pixels, so that tiny objects keep some surroundings. */
  static final int MARGIN_PIXELS = 16;

  /**
   * The window around every pixel where {@code a} or {@code b} (frame-sized, row-major) is the
   * object; empty when neither has any.
   */
  public static Optional<ObjectCrop> around(float[] a, float[] b, int frameWidth, int frameHeight) {
    int left = frameWidth;
    int top = frameHeight;
    int right = -1;
    int bottom = -1;
    for (int row = 0; row < frameHeight; row++) {
      int offset = row * frameWidth;
      for (int col = 0; col < frameWidth; col++) {
        if (a[offset + col] >= OBJECT || b[offset + col] >= OBJECT) {
          left = Math.min(left, col);
          right = Math.max(right, col);
          top = Math.min(top, row);
          bottom = Math.max(bottom, row);
        }
      }
    }
    if (right < 0) {
      return Optional.empty();
    }
    int longer = Math.max(right - left + 1, bottom - top + 1);
    int side = longer + 2 * (Math.round(MARGIN_FRACTION * longer) + MARGIN_PIXELS);
    int centreX = (left + right + 1) / 2;
    int centreY = (top + bottom + 1) / 2;
    int width = Math.min(side, frameWidth);
    int height = Math.min(side, frameHeight);
    int x = clamp(centreX - width / 2, frameWidth - width);
    int y = clamp(centreY - height / 2, frameHeight - height);
    return Optional.of(new ObjectCrop(x, y, width, height));
  }

  /** Whether any pixel of {@code plane} is the object. */
  public static boolean hasObject(float[] plane) {
    for (float p : plane) {
      if (p >= OBJECT) {
        return true;
      }
    }
    return false;
  }

  private static int clamp(int start, int max) {
    return Math.max(0, Math.min(start, max));
  }

  /** The window's pixels of a frame-sized row-major {@code plane}, row-major. */
  public float[] cut(float[] plane, int frameWidth) {
    float[] out = new float[width * height];
    for (int row = 0; row < height; row++) {
      System.arraycopy(plane, (y + row) * frameWidth + x, out, row * width, width);
    }
    return out;
  }
}
