package org.inbetween.models.image;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.awt.image.IndexColorModel;
import java.awt.image.Raster;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;

/**
 * Creates, reads and writes {@link LabelMask}s and {@link SoftMask}s.
 *
 * <p>Reading accepts the three ways masks are stored in the wild: palette PNGs (the index is the
 * object id, as in DAVIS 2017 and YouTube-VOS), 8-bit grayscale (DAVIS 2016: values 0/255,
 * thresholded so that 128 and above is object 1) and RGB or RGBA PNGs whose channels are equal
 * (SegTrack v2; thresholded the same way). Anything else is refused with a message naming the file.
 * Writing always produces a palette PNG with the {@link DavisPalette}.
 */
public final class Masks {
  /** Gray values at or above this are foreground when a grayscale mask is read. */
  public static final int GRAY_THRESHOLD = 128;

  private Masks() {}

  /** An all-background mask. */
  public static LabelMask empty(int frame, int width, int height) {
    return new LabelMask(frame, width, height, new byte[width * height]);
  }

  /** A mask from row-major object ids (copied). */
  public static LabelMask fromLabels(int frame, int width, int height, byte[] labels) {
    return new LabelMask(frame, width, height, labels.clone());
  }

  /** A mask holding {@code objectId} where {@code region} is true, background elsewhere. */
  public static LabelMask fromBinary(
      int frame, int width, int height, boolean[] region, int objectId) {
    return empty(frame, width, height).withPainted(region, objectId);
  }

  /** A soft mask from row-major probabilities in [0,1] (copied). */
  public static SoftMask softFromProbabilities(
      int frame, int width, int height, float[] probabilities) {
    return new SoftMask(frame, width, height, probabilities.clone());
  }

  /** Reads a mask PNG and files it under {@code frame}. */
  public static LabelMask fromPng(Path file, int frame) throws IOException {
    BufferedImage image = readImage(file);
    return new LabelMask(frame, image.getWidth(), image.getHeight(), labelsOf(file, image));
  }

  /** Reads an 8-bit grayscale probability PNG (value / 255) and files it under {@code frame}. */
  public static SoftMask softFromPng(Path file, int frame) throws IOException {
    BufferedImage image = readImage(file);
    if (image.getColorModel() instanceof IndexColorModel || image.getRaster().getNumBands() != 1) {
      throw new MaskFormatException(file, "a soft mask must be an 8-bit grayscale PNG");
    }
    Raster raster = image.getRaster();
    float[] p = new float[image.getWidth() * image.getHeight()];
    int max = (1 << raster.getSampleModel().getSampleSize(0)) - 1;
    for (int y = 0, i = 0; y < image.getHeight(); y++) {
      for (int x = 0; x < image.getWidth(); x++, i++) {
        p[i] = raster.getSample(x, y, 0) / (float) max;
      }
    }
    return new SoftMask(frame, image.getWidth(), image.getHeight(), p);
  }

  /** Writes {@code mask} as a palette PNG with the DAVIS palette. */
  public static void writePng(LabelMask mask, OutputStream out) throws IOException {
    BufferedImage image =
        new BufferedImage(
            mask.width(),
            mask.height(),
            BufferedImage.TYPE_BYTE_INDEXED,
            DavisPalette.colorModel());
    byte[] target = ((DataBufferByte) image.getRaster().getDataBuffer()).getData();
    System.arraycopy(mask.rawLabels(), 0, target, 0, target.length);
    write(image, out);
  }

  /** Writes {@code mask} as an 8-bit grayscale PNG (probability × 255). */
  public static void writePng(SoftMask mask, OutputStream out) throws IOException {
    BufferedImage image =
        new BufferedImage(mask.width(), mask.height(), BufferedImage.TYPE_BYTE_GRAY);
    byte[] target = ((DataBufferByte) image.getRaster().getDataBuffer()).getData();
    System.arraycopy(mask.toGray8(), 0, target, 0, target.length);
    write(image, out);
  }

  static void checkObjectId(int objectId) {
    if (objectId < 0 || objectId > 255) {
      throw new IllegalArgumentException("object id must be 0..255, was " + objectId);
    }
  }

  private static void write(BufferedImage image, OutputStream out) throws IOException {
    if (!ImageIO.write(image, "png", out)) {
      throw new IOException("no PNG writer available");
    }
  }

  private static BufferedImage readImage(Path file) throws IOException {
    if (!Files.isRegularFile(file)) {
      throw new MaskFormatException(file, "no such file");
    }
    BufferedImage image;
    try (InputStream in = Files.newInputStream(file)) {
      image = ImageIO.read(in);
    } catch (IOException | RuntimeException e) {
      throw new MaskFormatException(file, "not a readable image (" + e.getMessage() + ")");
    }
    if (image == null) {
      throw new MaskFormatException(file, "not a readable image");
    }
    return image;
  }

  private static byte[] labelsOf(Path file, BufferedImage image) throws MaskFormatException {
    int width = image.getWidth();
    int height = image.getHeight();
    Raster raster = image.getRaster();
    byte[] labels = new byte[width * height];
    if (image.getColorModel() instanceof IndexColorModel) {
      for (int y = 0, i = 0; y < height; y++) {
        for (int x = 0; x < width; x++, i++) {
          labels[i] = (byte) raster.getSample(x, y, 0);
        }
      }
      return labels;
    }
    int bands = raster.getNumBands();
    if (bands != 1 && bands != 3 && bands != 4) {
      throw new MaskFormatException(file, "unsupported mask with " + bands + " channels");
    }
    int bits = raster.getSampleModel().getSampleSize(0);
    int colourBands = bands == 1 ? 1 : 3;
    for (int y = 0, i = 0; y < height; y++) {
      for (int x = 0; x < width; x++, i++) {
        int value = raster.getSample(x, y, 0);
        for (int b = 1; b < colourBands; b++) {
          if (raster.getSample(x, y, b) != value) {
            throw new MaskFormatException(
                file,
                "colour pixel at ("
                    + x
                    + ","
                    + y
                    + ") in an RGB mask; expected gray (R=G=B)"
                    + " or a palette PNG");
          }
        }
        int value8 = bits == 8 ? value : value >> (bits - 8);
        labels[i] = (byte) (value8 >= GRAY_THRESHOLD ? 1 : 0);
      }
    }
    return labels;
  }
}
