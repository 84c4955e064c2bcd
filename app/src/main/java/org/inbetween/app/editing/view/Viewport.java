package org.inbetween.app.editing.view;

import org.inbetween.app.editing.ImagePoint;

/**
 * Where the image sits in the frame view: view = image × {@code scale} + offset. Immutable, so the
 * viewer swaps whole values and tools can hold one without it changing under them.
 *
 * <p>Zooming keeps the image point under the pointer fixed, the behaviour annotators expect from
 * image editors (and miss in CVAT, see specs/annotation-tools.md): from {@code v = i·s + o} before
 * and {@code v = i·s' + o'} after, {@code o' = v − (v − o)·s'/s}.
 *
 * @param scale screen pixels per image pixel
 * @param offsetX view x of the image's left edge
 * @param offsetY view y of the image's top edge
 */
public record Viewport(double scale, double offsetX, double offsetY) {
  /** The smallest zoom: a 1080p frame still spans about 100 screen pixels. */
  public static final double MIN_SCALE = 1.0 / 20;

  /** The largest zoom: one image pixel spans 64 screen pixels, enough to place single pixels. */
  public static final double MAX_SCALE = 64;

  public Viewport {
    if (!(scale > 0) || !Double.isFinite(offsetX) || !Double.isFinite(offsetY)) {
      throw new IllegalArgumentException(
          "viewport needs a positive scale and finite offsets, got "
              + scale
              + ", "
              + offsetX
              + ", "
              + offsetY);
    }
  }

  /** Scale 1, image at the view's origin: what a viewer shows before it knows its size. */
  public static Viewport identity() {
    return new Viewport(1, 0, 0);
  }

  /** The whole image, as large as fits, centred (aspect kept). */
  public static Viewport fit(double viewWidth, double viewHeight, int imageWidth, int imageHeight) {
    double scale =
        clamp(Math.min(viewWidth / imageWidth, viewHeight / imageHeight), MIN_SCALE, MAX_SCALE);
    return centred(scale, viewWidth, viewHeight, imageWidth, imageHeight);
  }

  /** One image pixel per screen pixel, centred on the view. */
  public static Viewport oneToOne(
      double viewWidth, double viewHeight, int imageWidth, int imageHeight) {
    return centred(1, viewWidth, viewHeight, imageWidth, imageHeight);
  }

  /** Zoomed by {@code factor} (clamped) around view point ({@code viewX}, {@code viewY}). */
  public Viewport zoomedAt(double factor, double viewX, double viewY) {
    double newScale = clamp(scale * factor, MIN_SCALE, MAX_SCALE);
    double ratio = newScale / scale;
    return new Viewport(
        newScale, viewX - (viewX - offsetX) * ratio, viewY - (viewY - offsetY) * ratio);
  }

  /** Moved by a drag of ({@code dx}, {@code dy}) screen pixels. */
  public Viewport pannedBy(double dx, double dy) {
    return new Viewport(scale, offsetX + dx, offsetY + dy);
  }

  /** The image point (in image pixels, continuous) under view point ({@code x}, {@code y}). */
  public ImagePoint toImage(double x, double y) {
    return new ImagePoint((x - offsetX) / scale, (y - offsetY) / scale);
  }

  public double toViewX(double imageX) {
    return imageX * scale + offsetX;
  }

  public double toViewY(double imageY) {
    return imageY * scale + offsetY;
  }

  private static Viewport centred(
      double scale, double viewWidth, double viewHeight, int imageWidth, int imageHeight) {
    return new Viewport(
        scale, (viewWidth - imageWidth * scale) / 2, (viewHeight - imageHeight * scale) / 2);
  }

  private static double clamp(double value, double min, double max) {
    return Math.max(min, Math.min(max, value));
  }
}
