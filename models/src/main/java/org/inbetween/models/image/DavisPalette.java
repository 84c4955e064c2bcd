package org.inbetween.models.image;

import java.awt.image.IndexColorModel;

/**
 * The 256-colour palette of DAVIS (and PASCAL VOC) label PNGs: id 0 black, 1 dark red, 2 dark
 * green, 3 olive, 4 navy and so on. Each id's bits are spread over the top bits of R, G and B,
 * three at a time, so neighbouring ids get clearly different colours.
 */
public final class DavisPalette {
  private static final IndexColorModel MODEL = build();

  private DavisPalette() {}

  /** The palette as an 8-bit colour model for writing indexed PNGs. */
  public static IndexColorModel colorModel() {
    return MODEL;
  }

  /** The colour of {@code objectId} as 0xRRGGBB. */
  public static int rgb(int objectId) {
    return MODEL.getRGB(objectId) & 0xFFFFFF;
  }

  private static IndexColorModel build() {
    byte[] r = new byte[256];
    byte[] g = new byte[256];
    byte[] b = new byte[256];
    for (int id = 0; id < 256; id++) {
      int red = 0;
      int green = 0;
      int blue = 0;
      int bits = id;
      for (int shift = 7; shift >= 0; shift--) {
        red |= (bits & 1) << shift;
        green |= ((bits >> 1) & 1) << shift;
        blue |= ((bits >> 2) & 1) << shift;
        bits >>= 3;
      }
      r[id] = (byte) red;
      g[id] = (byte) green;
      b[id] = (byte) blue;
    }
    return new IndexColorModel(8, 256, r, g, b);
  }
}
