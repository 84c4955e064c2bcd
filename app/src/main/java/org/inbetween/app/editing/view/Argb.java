package org.inbetween.app.editing.view;

/**
 * Straight (not premultiplied) 0xAARRGGBB pixels, the layout of JavaFX's {@code
 * PixelFormat.getIntArgbInstance()}, and the Porter–Duff "over" operator that stacks overlay layers
 * into one image before it reaches the scene.
 */
public final class Argb {
  private Argb() {}

  public static int of(int alpha, int rgb) {
    return alpha << 24 | (rgb & 0xFFFFFF);
  }

  public static int alpha(int argb) {
    return argb >>> 24;
  }

  /**
   * {@code rgb} at {@code alpha} (0..255) drawn over {@code below}: alpha_out = a + b(1 − a), each
   * channel the alpha-weighted mix divided by alpha_out.
   */
  public static int over(int below, int rgb, int alpha) {
    int belowAlpha = alpha(below);
    if (alpha == 255 || belowAlpha == 0) {
      return of(alpha, rgb);
    }
    if (alpha == 0) {
      return below;
    }
    int keptBelow = belowAlpha * (255 - alpha) / 255;
    int outAlpha = alpha + keptBelow;
    int red = mix(rgb >> 16, below >> 16, alpha, keptBelow, outAlpha);
    int green = mix(rgb >> 8, below >> 8, alpha, keptBelow, outAlpha);
    int blue = mix(rgb, below, alpha, keptBelow, outAlpha);
    return outAlpha << 24 | red << 16 | green << 8 | blue;
  }

  private static int mix(int top, int below, int topWeight, int belowWeight, int total) {
    return ((top & 0xFF) * topWeight + (below & 0xFF) * belowWeight + total / 2) / total;
  }
}
