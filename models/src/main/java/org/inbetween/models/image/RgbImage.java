package org.inbetween.models.image;

import java.awt.image.BufferedImage;
import java.util.Arrays;
import java.util.Objects;

/**
 * One decoded video frame as 8-bit RGB, interleaved row-major (R, G, B per pixel).
 *
 * <p>Immutable. {@link #wrap} takes ownership of the array so that decoders and caches avoid a copy
 * per frame; callers must not touch the array afterwards.
 */
public final class RgbImage {
  private final int width;
  private final int height;
  private final byte[] rgb;

  private RgbImage(int width, int height, byte[] rgb) {
    if (width <= 0 || height <= 0 || rgb.length != width * height * 3) {
      throw new IllegalArgumentException(
          "RGB image of " + width + "x" + height + " cannot hold " + rgb.length + " bytes");
    }
    this.width = width;
    this.height = height;
    this.rgb = rgb;
  }

  /** Wraps {@code rgb} without copying; the caller hands the array over. */
  public static RgbImage wrap(int width, int height, byte[] rgb) {
    return new RgbImage(width, height, rgb);
  }

  /** Converts an AWT image (any type) to RGB. */
  public static RgbImage fromBufferedImage(BufferedImage image) {
    int w = image.getWidth();
    int h = image.getHeight();
    int[] argb = image.getRGB(0, 0, w, h, null, 0, w);
    byte[] rgb = new byte[w * h * 3];
    for (int i = 0; i < argb.length; i++) {
      rgb[3 * i] = (byte) (argb[i] >> 16);
      rgb[3 * i + 1] = (byte) (argb[i] >> 8);
      rgb[3 * i + 2] = (byte) argb[i];
    }
    return new RgbImage(w, h, rgb);
  }

  public int width() {
    return width;
  }

  public int height() {
    return height;
  }

  /** The colour at (x, y) as 0xRRGGBB. */
  public int rgb(int x, int y) {
    int i = 3 * (y * width + x);
    return (rgb[i] & 0xFF) << 16 | (rgb[i + 1] & 0xFF) << 8 | (rgb[i + 2] & 0xFF);
  }

  /** A copy of the interleaved bytes. */
  public byte[] bytes() {
    return rgb.clone();
  }

  /** Bytes held by this image, for cache accounting. */
  public long sizeInBytes() {
    return rgb.length;
  }

  /** An AWT copy (TYPE_INT_RGB), for writing or display. */
  public BufferedImage toBufferedImage() {
    BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    int[] row = new int[width];
    for (int y = 0; y < height; y++) {
      for (int x = 0; x < width; x++) {
        row[x] = rgb(x, y);
      }
      image.setRGB(0, y, width, 1, row, 0, width);
    }
    return image;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof RgbImage other
        && width == other.width
        && height == other.height
        && Arrays.equals(rgb, other.rgb);
  }

  @Override
  public int hashCode() {
    return Objects.hash(width, height, Arrays.hashCode(rgb));
  }

  @Override
  public String toString() {
    return "RgbImage[" + width + "x" + height + "]";
  }
}
