package org.inbetween.app.exchange.coco;

import java.util.Arrays;
import org.inbetween.models.image.LabelMask;

/**
 * A binary mask as COCO run-length encoding, bit for bit what pycocotools' {@code mask.encode}
 * produces and {@code mask.decode} reads back.
 *
 * <p>The runs go over the pixels in column-major (Fortran) order: down the first column, then down
 * the second, and so on. They alternate 0s and 1s and always start with a run of 0s, which is 0
 * long when the top-left pixel is set. A run-length code keeps every pixel, so holes survive,
 * unlike a polygon outline. {@link #compress} and {@link #decompress} convert the counts to and
 * from the compact string of pycocotools' {@code rleToString}/{@code rleFrString}.
 *
 * <pre>{@code
 * CocoRle rle = CocoRle.encode(mask, 2);
 * String counts = rle.compress();   // goes into "segmentation": {"size": [h, w], "counts": ...}
 * boolean[] back = CocoRle.decompress(counts, h, w).decode();
 * }</pre>
 */
public final class CocoRle {
  private static final int CHAR_OFFSET = 48;
  private static final int CHUNK_BITS = 5;
  private static final int CHUNK_MASK = 0x1F;
  private static final int CONTINUE = 0x20;
  private static final int SIGN = 0x10;

  /** 12 groups of 5 bits hold any run length of a mask that fits in memory, and stay in a long. */
  private static final int MAX_CHUNKS = 12;

  private final int height;
  private final int width;
  private final long[] counts;

  private CocoRle(int height, int width, long[] counts) {
    if (height <= 0 || width <= 0) {
      throw new IllegalArgumentException("RLE size must be positive, was " + height + "x" + width);
    }
    long pixels = (long) height * width;
    long total = 0;
    for (long count : counts) {
      if (count < 0 || count > pixels) {
        throw new IllegalArgumentException("RLE has an impossible run length " + count);
      }
      total += count;
    }
    if (total != pixels) {
      throw new IllegalArgumentException(
          "RLE runs cover " + total + " pixels, a " + height + "x" + width + " mask has " + pixels);
    }
    this.height = height;
    this.width = width;
    this.counts = counts;
  }

  /** The RLE of run lengths {@code counts} (uncompressed COCO form) for a mask of h x w. */
  public static CocoRle of(int height, int width, long[] counts) {
    return new CocoRle(height, width, counts.clone());
  }

  /** Encodes the pixels of {@code mask} that carry {@code objectId}. */
  public static CocoRle encode(LabelMask mask, int objectId) {
    return encode(mask.binary(objectId), mask.width(), mask.height());
  }

  /** Encodes a row-major binary mask of {@code width} x {@code height}. */
  public static CocoRle encode(boolean[] rowMajor, int width, int height) {
    if (rowMajor.length != width * height) {
      throw new IllegalArgumentException(
          "mask of " + width + "x" + height + " cannot have " + rowMajor.length + " pixels");
    }
    long[] runs = new long[rowMajor.length + 1];
    int runCount = 0;
    boolean current = false;
    long length = 0;
    for (int x = 0; x < width; x++) {
      for (int y = 0; y < height; y++) {
        boolean pixel = rowMajor[y * width + x];
        if (pixel != current) {
          runs[runCount++] = length;
          current = pixel;
          length = 0;
        }
        length++;
      }
    }
    runs[runCount++] = length;
    return new CocoRle(height, width, Arrays.copyOf(runs, runCount));
  }

  /**
   * Reads a pycocotools compressed counts string ({@code rleFrString}).
   *
   * @throws IllegalArgumentException when the string is not a valid encoding of an h x w mask
   */
  public static CocoRle decompress(String compressed, int height, int width) {
    long[] runs = new long[compressed.length()];
    int runCount = 0;
    int p = 0;
    while (p < compressed.length()) {
      long x = 0;
      int k = 0;
      boolean more = true;
      while (more) {
        if (p >= compressed.length()) {
          throw new IllegalArgumentException("RLE string ends inside a run length");
        }
        int c = compressed.charAt(p) - CHAR_OFFSET;
        if (c < 0 || c > CHUNK_MASK + CONTINUE || k >= MAX_CHUNKS) {
          throw new IllegalArgumentException(
              "RLE string has an invalid character '" + compressed.charAt(p) + "' at " + p);
        }
        x |= (long) (c & CHUNK_MASK) << (CHUNK_BITS * k);
        more = (c & CONTINUE) != 0;
        p++;
        k++;
        if (!more && (c & SIGN) != 0) {
          x |= -1L << (CHUNK_BITS * k);
        }
      }
      if (runCount > 2) {
        x += runs[runCount - 2];
      }
      runs[runCount++] = x;
    }
    return new CocoRle(height, width, Arrays.copyOf(runs, runCount));
  }

  /**
   * The pycocotools compressed counts string ({@code rleToString}): from the fourth run on, each
   * count is stored as the difference to the count two before it (a run of 0s minus the previous
   * run of 0s, likewise for 1s), then written as little-endian 5-bit groups with a sign bit (0x10)
   * in the last group and a continuation bit (0x20) on every group but the last, each plus 48
   * ('0').
   */
  public String compress() {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < counts.length; i++) {
      long x = counts[i];
      if (i > 2) {
        x -= counts[i - 2];
      }
      boolean more = true;
      while (more) {
        int c = (int) (x & CHUNK_MASK);
        x >>= CHUNK_BITS;
        more = (c & SIGN) != 0 ? x != -1 : x != 0;
        if (more) {
          c |= CONTINUE;
        }
        out.append((char) (c + CHAR_OFFSET));
      }
    }
    return out.toString();
  }

  /** The mask as row-major pixels, true where the object is. */
  public boolean[] decode() {
    boolean[] rowMajor = new boolean[height * width];
    int position = 0;
    for (int i = 0; i < counts.length; i++) {
      boolean set = i % 2 == 1;
      for (long r = 0; r < counts[i]; r++, position++) {
        if (set) {
          rowMajor[(position % height) * width + position / height] = true;
        }
      }
    }
    return rowMajor;
  }

  /** Number of set pixels: the sum of the runs of 1s. */
  public long area() {
    long area = 0;
    for (int i = 1; i < counts.length; i += 2) {
      area += counts[i];
    }
    return area;
  }

  /**
   * The bounding box {x, y, w, h} as pycocotools' {@code toBbox} computes it from the runs; all 0
   * for an empty mask. Like pycocotools, a run of 1s that wraps from one column into the next
   * widens the box to the full height.
   */
  public long[] bbox() {
    int pairs = counts.length / 2 * 2;
    if (pairs == 0) {
      return new long[4];
    }
    long xs = width;
    long ys = height;
    long xe = 0;
    long ye = 0;
    long xp = 0;
    long cc = 0;
    for (int j = 0; j < pairs; j++) {
      cc += counts[j];
      long t = cc - j % 2;
      long y = t % height;
      long x = (t - y) / height;
      if (j % 2 == 0) {
        xp = x;
      } else if (xp < x) {
        ys = 0;
        ye = height - 1;
      }
      xs = Math.min(xs, x);
      xe = Math.max(xe, x);
      ys = Math.min(ys, y);
      ye = Math.max(ye, y);
    }
    return new long[] {xs, ys, xe - xs + 1, ye - ys + 1};
  }

  public int height() {
    return height;
  }

  public int width() {
    return width;
  }

  /** The uncompressed run lengths, 0s first. */
  public long[] counts() {
    return counts.clone();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof CocoRle other
        && height == other.height
        && width == other.width
        && Arrays.equals(counts, other.counts);
  }

  @Override
  public int hashCode() {
    return 31 * (31 * height + width) + Arrays.hashCode(counts);
  }

  @Override
  public String toString() {
    return "CocoRle[" + height + "x" + width + ", counts=" + Arrays.toString(counts) + "]";
  }
}
